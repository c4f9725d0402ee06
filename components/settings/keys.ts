/**
 * Where the settings live in storage, in @wxt-dev/storage's key form. Kept apart from the storage items
 * (storage-item.ts), whose definition runs the migrations: the content script only reads and watches these keys,
 * and the background, the only writer besides the options page, migrates.
 */

/** The user's settings, written by the options page. */
export const SETTINGS_KEY = 'local:settings';
/** The background's copy of the organisation's policy (see storage-item.ts, `policyCopyItem`). */
export const POLICY_COPY_KEY = 'local:policy';
/**
 * The settings in force for the content script and the popup (switches, declared hosts, the desk), published by
 * the background from the two above, already checked and merged (in-force.ts).
 */
export const IN_FORCE_KEY = 'local:in-force';
