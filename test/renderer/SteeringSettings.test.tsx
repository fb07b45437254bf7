// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SteeringSettings } from '../../renderer/src/views/SteeringSettings';
import { defaultFigureSettings, type FigureSettings } from '../../shared/metrics/settings';

afterEach(cleanup);

const providers = Array.from({ length: 2_100 }, (_, i) => ({
  id: `A${i}`,
  name: `Aanbieder ${i}`,
}));
const field = () => screen.getByLabelText('Plafond voor aanbieder') as HTMLSelectElement;

describe('SteeringSettings: het plafond per aanbieder', () => {
  it('zet pas alle aanbieders in de lijst als het veld gebruikt wordt; daarna kiest en bewaart het', () => {
    const onApply = vi.fn<(s: FigureSettings) => void>();
    render(
      <SteeringSettings
        settings={defaultFigureSettings}
        years={['2018', '2019']}
        providers={providers}
        onApply={onApply}
      />,
    );
    // Until the field is used: only the chosen provider (the first).
    expect(field().options.length).toBe(1);
    expect(field().value).toBe('A0');
    fireEvent.focus(field());
    expect(field().options.length).toBe(2_100);
    expect(field().value).toBe('A0');
    fireEvent.change(field(), { target: { value: 'A1234' } });
    fireEvent.change(screen.getByLabelText('Plafond (euro)'), { target: { value: '1.000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Plafond opslaan' }));
    expect(onApply).toHaveBeenLastCalledWith(
      expect.objectContaining({
        steering: expect.objectContaining({
          ceilings: [{ provider: 'A1234', year: 2019, amount: 100_000 }],
        }),
      }),
    );
  });
});
