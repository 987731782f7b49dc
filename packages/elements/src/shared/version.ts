// Written by scripts/build.mjs from package.json; do not edit by hand.
/** Version of @sixin/elements, shown when two copies meet on one page. */
export const VERSION = '0.1.0';
