/**
 * Keys the figures use for what has no code of its own. They travel in the JSON
 * (cli.md) and the screens translate them; compare with these, never with the text.
 */

/** Cost lines without a provider, beside the provider groups in `costByGroup`. */
export const NO_PROVIDER = 'zonder_aanbieder';

/** Clients without a birth date, after the age bands in `age`. */
export const UNKNOWN_AGE = 'onbekend';
