import { type FormEvent, useState } from 'react';
import type { FigureSettings } from '../worker/protocol';

/** Instellingen: the parameters of the definitions; every figure is recomputed with them. */
export function Settings({
  settings,
  onApply,
}: {
  settings: FigureSettings;
  onApply: (s: FigureSettings) => void;
}) {
  const [peildatum, setPeildatum] = useState(settings.peildatum ?? '');
  const [gapDays, setGapDays] = useState(String(settings.gapDays));
  const gap = Number(gapDays);
  const valid = Number.isInteger(gap) && gap >= 0 && gap <= 365;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid)
      onApply({ ...settings, peildatum: peildatum === '' ? null : peildatum, gapDays: gap });
  };
  return (
    <section aria-labelledby="instellingen-titel">
      <h2 id="instellingen-titel">Instellingen</h2>
      <form className="settings" onSubmit={submit}>
        <label>
          Peildatum
          <input type="date" value={peildatum} onChange={(e) => setPeildatum(e.target.value)} />
          <span className="caption">
            Leeg: de laatste startdatum of het einde van de laatste kostenperiode in de gegevens.
          </span>
        </label>
        <label>
          Trajectgrens (dagen)
          <input
            type="number"
            min={0}
            max={365}
            value={gapDays}
            aria-invalid={!valid}
            aria-describedby="gap-uitleg"
            onChange={(e) => setGapDays(e.target.value)}
          />
          <span id="gap-uitleg" className="caption">
            Toewijzingen met hooguit zoveel dagen ertussen vormen één traject. Standaard 31; kies 3
            om te vergelijken met CBS StatLine 86051NED.
          </span>
          {!valid && <span className="error">Kies een heel getal van 0 tot en met 365.</span>}
        </label>
        <p className="caption">
          Taal: Nederlands. Leeftijdsklassen: &lt;18, 18-26, 27-39, 40-54, 55-64, 65-74, 75+.
        </p>
        <button type="submit" disabled={!valid}>
          Toepassen
        </button>
      </form>
    </section>
  );
}
