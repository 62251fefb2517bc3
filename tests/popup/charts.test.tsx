/** @vitest-environment happy-dom */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from '../../components/charts/BarChart';
import { LorenzCurve } from '../../components/charts/LorenzCurve';

afterEach(cleanup);

describe('charts', () => {
  it('bars use a fixed 0–100% scale: a 5% holder is a short bar even when it is the largest', () => {
    const { container } = render(
      <BarChart
        title="Top holders"
        bars={[
          { label: 'a', value: 0.05 },
          { label: 'b', value: 0.5 },
        ]}
        locale="en-US"
        width={340}
      />,
    );
    const widths = [...container.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    const full = 340 - 92 - 44;
    expect(widths).toEqual([0.05 * full, 0.5 * full]);
    expect(container.textContent).toContain('100%');
  });

  it('the Lorenz curve has a title, axis ticks and a labelled equality line', () => {
    const { container } = render(
      <LorenzCurve
        title="Holders"
        points={[
          [0.5, 0.1],
          [0.9, 0.3],
        ]}
        locale="en-US"
      />,
    );
    const text = container.textContent ?? '';
    expect(text).toContain('Who holds the supply');
    expect(text).toContain('equal shares');
    expect(text).toContain('50%');
    expect(text).toContain('share of supply');
  });
});

describe('chart bars a person can read by hover or keyboard', () => {
  it('each bar is focusable with a name; hover and focus show its share and amount', async () => {
    const { fireEvent } = await import('@testing-library/preact');
    const { container, getByRole } = render(
      <BarChart
        title="Top holders"
        bars={[
          { label: '0x0…dEaD', value: 0.52, detail: '520,000,000 EGT' },
          { label: 'b', value: 0.1 },
        ]}
        locale="en-US"
      />,
    );
    const bar = getByRole('img', { name: '0x0…dEaD: 52% (520,000,000 EGT)' });
    expect(bar.getAttribute('tabindex')).toBe('0');
    expect(getByRole('img', { name: 'b: 10%' })).toBeTruthy();
    const tip = container.querySelector('figcaption')!;
    fireEvent.focus(bar);
    expect(tip.textContent).toBe('0x0…dEaD: 52% (520,000,000 EGT)');
    fireEvent.blur(bar);
    fireEvent.mouseEnter(container.querySelectorAll('g.wl-bar')[1]!);
    expect(tip.textContent).toBe('b: 10%');
  });

  it('addresses in charts are told apart: no "0x0000…0000" for real addresses', async () => {
    const { distinctShortAddress: d } = await import('../../lib/wording/format');
    expect(d('0x000000000000000000000000000000000000dEaD')).toBe('0x0…dEaD');
    expect(d('0x0000000000000000000000000000000000010000')).toBe('0x0…10000');
    expect(d('0x000000000004444c5dc75cB358380D2e3dE08A90')).toBe('0x0…4444…8A90');
    expect(d('0x1234000000000000000000000000000000000000')).toBe('0x123400…0000');
    expect(d('0x0000000000000000000000000000000000000000')).toBe('zero address');
    expect(d('0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984')).toBe('0x1f98…F984');
  });
});
