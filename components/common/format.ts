/** The formatters live in the wording module (lib/wording), shared with the CLI and the toolbar badge. */
export * from '../../lib/wording/format';
