/** @vitest-environment happy-dom */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from '../../components/charts/BarChart';
import { LorenzCurve } from '../../components/charts/LorenzCurve';

afterEach(cleanup);

describe('charts', () => {
  it('bars use a fixed 0–100% scale: a 5% holder is a short bar even when it is the largest', () => {
    const { container } = render(<BarChart title="Top holders" bars={[{ label: 'a', value: 0.05 }, { label: 'b', value: 0.5 }]} locale="en-US" width={340} />);
    const widths = [...container.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    const full = 340 - 92 - 44;
    expect(widths).toEqual([0.05 * full, 0.5 * full]);
    expect(container.textContent).toContain('100%');
  });

  it('the Lorenz curve has a title, axis ticks and a labelled equality line', () => {
    const { container } = render(<LorenzCurve title="Holders" points={[[0.5, 0.1], [0.9, 0.3]]} locale="en-US" />);
    const text = container.textContent ?? '';
    expect(text).toContain('Who holds the supply');
    expect(text).toContain('equal shares');
    expect(text).toContain('50%');
    expect(text).toContain('share of supply');
  });
});
