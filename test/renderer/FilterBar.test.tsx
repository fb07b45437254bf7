// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FilterBar } from '../../renderer/src/views/FilterBar';
import type { FilterOptions } from '../../renderer/src/worker/protocol';
import type { Filters } from '../../shared/metrics/filters';

afterEach(cleanup);

const options: FilterOptions = {
  municipalities: [
    { code: '0505', name: 'Dordrecht' },
    { code: '0590', name: 'Papendrecht' },
  ],
  providerGroups: ['ggz', 'vg'],
  providers: Array.from({ length: 150 }, (_, i) => ({ id: `A${i}`, name: `Aanbieder ${i}` })),
  products: ['IB0', 'IB1', 'IB2', 'IB3'],
  ageBands: ['18-26', '27-64'],
};

/** The disclosure of one dimension, by the start of its summary ("Product: alle"). */
const choice = (label: string) =>
  screen.getByText(
    (_, el) => el?.tagName === 'SUMMARY' && el.textContent?.startsWith(`${label}:`) === true,
  ).parentElement as HTMLElement;
const box = (label: string, option: string) =>
  within(choice(label)).getByRole('checkbox', { name: option });

describe('FilterBar', () => {
  it('a click in one dimension keeps what the others have chosen, after every new render', () => {
    const onChange = vi.fn<(f: Filters) => void>();
    const { rerender } = render(<FilterBar options={options} filters={{}} onChange={onChange} />);
    fireEvent.click(box('Product', 'IB1'));
    expect(onChange).toHaveBeenLastCalledWith({ products: ['IB1'] });

    // The app applies the filters and draws the bar again with them.
    rerender(<FilterBar options={options} filters={{ products: ['IB1'] }} onChange={onChange} />);
    expect(box('Product', 'IB1')).toHaveProperty('checked', true);
    fireEvent.click(box('Gemeente', 'Papendrecht'));
    expect(onChange).toHaveBeenLastCalledWith({ products: ['IB1'], municipalities: ['0590'] });

    const both: Filters = { products: ['IB1'], municipalities: ['0590'] };
    rerender(<FilterBar options={options} filters={both} onChange={onChange} />);
    fireEvent.click(box('Product', 'IB1'));
    expect(onChange).toHaveBeenLastCalledWith({ products: [], municipalities: ['0590'] });
  });

  it('calls the newest onChange it was given', () => {
    const first = vi.fn<(f: Filters) => void>();
    const second = vi.fn<(f: Filters) => void>();
    const { rerender } = render(<FilterBar options={options} filters={{}} onChange={first} />);
    rerender(<FilterBar options={options} filters={{}} onChange={second} />);
    fireEvent.click(box('Type aanbieder', 'GGZ'));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenLastCalledWith({ providerGroups: ['ggz'] });
  });

  it('shows a hundred providers at most, with how many more a search would find', () => {
    render(<FilterBar options={options} filters={{ providers: ['A140'] }} onChange={vi.fn()} />);
    const providers = choice('Aanbieder');
    // The chosen one stays in view beside the first hundred.
    expect(within(providers).getAllByRole('checkbox')).toHaveLength(101);
    expect(box('Aanbieder', 'Aanbieder 140')).toHaveProperty('checked', true);
    expect(providers.textContent).toContain('Nog 50 meer: verfijn de zoekopdracht.');
  });

  it('clears every filter at once', () => {
    const onChange = vi.fn<(f: Filters) => void>();
    render(<FilterBar options={options} filters={{ products: ['IB2'] }} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Filters wissen' }));
    expect(onChange).toHaveBeenLastCalledWith({});
  });
});
