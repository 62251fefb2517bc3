import { truncateMiddle } from './format';
import { CopyButton } from './CopyButton';
import { escapeHidden, hiddenWarning } from '../../lib/text/hostile';
import { HiddenWarning } from './SafeText';

interface Props {
  value: string;
  max?: number;
  /** Shown to screen readers with the Copy button. */
  what?: string;
  copy?: boolean;
  /** Show the hidden-characters warning under the value (off when the caller shows one for several). */
  warn?: boolean;
}

/**
 * A long value cut in the middle, the full value on hover (title) and a Copy button. Isolated
 * (`<bdi>`), with hidden and control characters shown as code points and a warning (./SafeText).
 */
export function Truncated({ value, max, what = 'value', copy = true, warn = true }: Props) {
  const warning = hiddenWarning(value);
  const full = warning ? escapeHidden(value) : value;
  const short = truncateMiddle(full, max);
  return (
    <span class="wl-truncated">
      <bdi class="wl-truncated-text" title={full} style={{ unicodeBidi: 'isolate' }}>
        {short}
      </bdi>
      {copy && short !== value ? <CopyButton text={value} what={what} /> : null}
      {warning && warn ? <HiddenWarning warning={warning} what={what} full={full} /> : null}
    </span>
  );
}
