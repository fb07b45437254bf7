import { useState } from 'react';
import { t } from '../i18n/i18n';
import { usePick } from '../state/store';
import { Confirm } from './Confirm';

/**
 * Werkruimte wissen: everything this computer holds for the app (datasets,
 * settings, the pseudonymisation key) removed, after a confirmation that says
 * it cannot be undone.
 */
export function Wipe() {
  const { wipe } = usePick('wipe');
  const [asking, setAsking] = useState(false);

  return (
    <section aria-labelledby="wissen-titel" className="backup">
      <h3 id="wissen-titel">{t('Werkruimte wissen')}</h3>
      <p className="caption">
        {t(
          'Verwijdert alle gegevenssets, imports, instellingen en de sleutel waarmee BSN’s gepseudonimiseerd zijn van deze computer. Reservekopieën elders blijven bestaan.',
        )}
      </p>
      {asking ? (
        <Confirm
          id="wissen-vraag"
          question={t(
            'Alles in deze werkruimte wissen? Dit is niet ongedaan te maken. Wilt u de gegevens bewaren, maak dan eerst een reservekopie.',
          )}
          action={t('Ja, alles wissen')}
          danger
          onConfirm={() => {
            setAsking(false);
            void wipe();
          }}
          onCancel={() => setAsking(false)}
        />
      ) : (
        <button type="button" className="secondary" onClick={() => setAsking(true)}>
          {t('Werkruimte wissen…')}
        </button>
      )}
    </section>
  );
}
