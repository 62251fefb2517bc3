import { truncateMiddle } from './format';
import { CopyButton } from './CopyButton';

interface Props {
  value: string;
  max?: number;
  /** Shown to screen readers with the Copy button. */
  what?: string;
  copy?: boolean;
}

/** A long value cut in the middle, the full value on hover (title) and a Copy button. */
export function Truncated({ value, max, what = 'value', copy = true }: Props) {
  const short = truncateMiddle(value, max);
  return (
    <span class="wl-truncated">
      <span class="wl-truncated-text" title={value}>
        {short}
      </span>
      {copy && short !== value ? <CopyButton text={value} what={what} /> : null}
    </span>
  );
}
