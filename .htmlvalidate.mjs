/** html-validate rules for the built pages (tests/site/html-validate.test.ts). */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A UN document's title is its identity ("International Convention on the Protection of the
    // Rights of All Migrant Workers and Members of Their Families"); shortening it in <title>
    // would make tabs, bookmarks and reference managers show a different title than the page.
    'long-title': 'off',
    // The search filters are checkboxes sharing a name, the HTML way of a multi-valued field
    // (?type=resolution&type=report), as radio buttons share theirs.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
