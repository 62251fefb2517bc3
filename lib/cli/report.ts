/**
 * `npm run --silent report -- <command> ...`: the analysis of Whale Lens from a terminal.
 * Each command lives in ./commands/<name>.ts and exports `run(argv): Promise<number>`.
 */
import { oneLine } from '../errors';

const COMMANDS: Record<string, string> = {
  holders: 'Concentration of a token-holders CSV (Etherscan export or address,balance)',
  votes: 'Minimal coalitions of proposal,voter,votes rows',
  token: 'Analyse a token on-chain: holders, control, governance, liquidity, findings',
  tokens: 'Analyse a list of tokens: one JSON line (or --csv row) each, resumable with --out',
  detect: 'What the extension detects on a URL, as JSON',
};

function usage(): string {
  const rows = Object.entries(COMMANDS).map(([name, what]) => `  ${name.padEnd(9)} ${what}`);
  return ['usage: npm run --silent report -- <command> [options]', '', ...rows].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  if (!(name in COMMANDS)) {
    console.error(`report: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  const mod = (await import(`./commands/${name}.ts`)) as { run(argv: string[]): Promise<number> };
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`report: ${oneLine(err)}`);
    process.exit(2);
  },
);
