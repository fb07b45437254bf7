import { useMemo } from 'react';
import { municipalityList } from '../../../shared/model/municipalities';
import { msg, t } from '../i18n/i18n';
import { usePick } from '../state/store';
import type { Analysis } from '../worker/protocol';
import { Clients } from './Clients';
import { Compare } from './Compare';
import { Costs } from './Costs';
import { Duration } from './Duration';
import { Flows } from './Flows';
import { Overview } from './Overview';
import { Products } from './Products';
import { Providers } from './Providers';
import { Report } from './Report';
import { Settings } from './Settings';
import { Steering } from './Steering';
import { steeringInView, steeringLeftOut } from './steeringInView';

export const screens = [
  ['overzicht', msg('Overzicht')],
  ['sturen', msg('Sturen')],
  ['instroom', msg('Instroom & uitstroom')],
  ['duur', msg('Trajectduur')],
  ['kosten', msg('Kosten')],
  ['clienten', msg('Cliënten')],
  ['aanbieders', msg('Aanbieders')],
  ['producten', msg('Producten')],
  ['vergelijking', msg('Vergelijking')],
  ['rapport', msg('Rapport')],
  ['instellingen', msg('Instellingen')],
] as const;
export type Screen = (typeof screens)[number][0];

/** The screen tabs: buttons in a nav, the current one marked for assistive technology. */
export function ScreenTabs({
  screen,
  onChange,
  canCompare,
}: {
  screen: Screen;
  onChange: (s: Screen) => void;
  canCompare: boolean;
}) {
  return (
    <nav className="tabs" aria-label={t('Schermen')}>
      {screens.map(([id, label]) => (
        <button
          key={id}
          type="button"
          aria-current={screen === id ? 'page' : undefined}
          disabled={id === 'vergelijking' && !canCompare}
          title={
            id === 'vergelijking' && !canCompare
              ? t('Importeer een blad met gemeente, jaar en inwoners om te vergelijken')
              : undefined
          }
          onClick={() => onChange(id)}
        >
          {t(label)}
        </button>
      ))}
    </nav>
  );
}

/** The chosen screen for the figures in view. */
export function ScreenView({ screen, result }: { screen: Screen; result: Analysis }) {
  const { settings, applySettings, language, setLanguage, active, previousSettings, undoSettings } =
    usePick(
      'settings',
      'applySettings',
      'language',
      'setLanguage',
      'active',
      'previousSettings',
      'undoSettings',
    );
  // Beside filtered figures, only the steering figures of the same selection (steeringInView).
  const filters = result.metrics?.meta.filters;
  const steering = useMemo(
    () => steeringInView(result.steering, filters ?? {}),
    [result.steering, filters],
  );
  if (screen === 'instellingen')
    return (
      <Settings
        settings={settings}
        result={result}
        language={language}
        onApply={(next) => void applySettings(next)}
        onLanguage={setLanguage}
        {...(previousSettings ? { onUndo: () => void undoSettings() } : {})}
      />
    );
  const m = result.metrics;
  if (!m) return null;
  switch (screen) {
    case 'overzicht':
      return (
        <Overview
          metrics={m}
          steering={steering}
          steeringElsewhere={steeringLeftOut(result.steering, m.meta.filters)}
        />
      );
    case 'sturen':
      return result.steering ? <Steering steering={result.steering} metrics={m} /> : null;
    case 'instroom':
      return <Flows metrics={m} steering={steering} />;
    case 'duur':
      return <Duration metrics={m} steering={steering} />;
    case 'kosten':
      return <Costs metrics={m} steering={steering} />;
    case 'clienten':
      return (
        <Clients
          metrics={m}
          steering={steering}
          runningOn={settings.runningOn}
          onRunningOn={(runningOn) => void applySettings({ ...settings, runningOn })}
        />
      );
    case 'aanbieders':
      return <Providers metrics={m} />;
    case 'producten':
      return <Products metrics={m} steering={steering} />;
    case 'vergelijking':
      // A new peildatum starts the screen anew: its default year follows the whole years.
      return result.compare ? (
        <Compare key={m.meta.peildatum} data={result.compare} metrics={m} />
      ) : null;
    case 'rapport':
      return (
        <Report
          metrics={m}
          compare={result.compare}
          forecast={steering?.forecast ?? null}
          datasetName={
            municipalityList(result.filterOptions.municipalities.map((x) => x.code)) ??
            active?.name ??
            ''
          }
          files={active?.files ?? []}
        />
      );
    default:
      return null;
  }
}
