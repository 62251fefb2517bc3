import { explorerAddressUrl } from './address';
import { useDisplay } from './context';
import { truncateMiddle } from './format';
import { CopyButton } from './CopyButton';

interface Props {
  address: string;
  /** A known name for the address ("Binance 14"); text only. */
  name?: string;
}

/**
 * An address: its name when known, the short address linking to the chain's explorer (only a
 * validated address and an http(s) explorer make a link), the full address on hover, and Copy.
 */
export function AddressLink({ address, name }: Props) {
  const { explorerUrl } = useDisplay();
  const href = explorerAddressUrl(explorerUrl, address);
  const short = truncateMiddle(address);
  const text = name ? `${name} (${short})` : short;
  return (
    <span class="wl-address">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" title={address} class="wl-address-link">
          {text}
        </a>
      ) : (
        <span title={address}>{text}</span>
      )}
      <CopyButton text={address} what={`address ${address}`} />
    </span>
  );
}
