import type { ChainSettings } from '../../lib/settings/types';
import { AddChainForm } from './AddChainForm';
import { ChainRow } from './ChainRow';
import type { Ask, SectionProps } from './types';

interface Props extends SectionProps {
  defaults: ChainSettings[];
  ask: Ask;
  locale?: string;
}

export function ChainsSection({ settings, update, defaults, ask, locale }: Props) {
  const replace = (next: ChainSettings) => update({ chains: settings.chains.map((c) => (c.chainId === next.chainId ? next : c)) });
  return (
    <section aria-labelledby="chains-title">
      <h2 id="chains-title">Chains and endpoints</h2>
      <p class="wl-muted">
        Whale Lens reads each chain through its RPC URL. The defaults are public and need no key; your own node works too. Test shows whether a chain
        answers; Edit opens its endpoints.
      </p>
      <AddChainForm existing={settings.chains} ask={ask} locale={locale} onAdd={(chain) => update({ chains: [...settings.chains, chain] })} />
      {settings.chains.map((chain) => (
        <ChainRow
          key={chain.chainId}
          chain={chain}
          fallback={defaults.find((d) => d.chainId === chain.chainId)}
          ask={ask}
          locale={locale}
          onSave={replace}
          onRemove={chain.custom ? () => update({ chains: settings.chains.filter((c) => c.chainId !== chain.chainId) }) : undefined}
        />
      ))}
    </section>
  );
}
