// The shipped schema in another editor's YAML support, without the extension: yaml-language-server
// 1.25.0 (Red Hat's YAML extension's server) over stdio, given the schema as the README says, by a
// `# yaml-language-server: $schema=...` modeline or by `yaml.schemas` with a `*.strategy.yaml` glob.
// It reports nothing on the good samples (a root and a part of samples/contoso), and the schema's
// errors on a broken root and a broken part. The schema is a file: URI; nothing is fetched.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, type Published } from '../../bench/lsp-client';
import { YAML_LS_BIN } from '../../bench/servers';

const ROOT = path.resolve(__dirname, '..', '..');
const SCHEMA_URI = pathToFileURL(path.join(ROOT, 'schemas', 'strategy.schema.json')).toString();
const MODELINE = `# yaml-language-server: $schema=${SCHEMA_URI}\n`;
// Documents live in a folder that is never read: the server gets their text from didOpen.
const DOCS = path.join(ROOT, 'test', 'fixtures', 'yaml-language-server-docs');
const uri = (name: string) => pathToFileURL(path.join(DOCS, name)).toString();
const sample = (file: string) => readFileSync(path.join(ROOT, 'samples', file), 'utf8');

describe('the shipped schema in yaml-language-server 1.25.0', { timeout: 120_000 }, () => {
  let client: LspClient;

  before(async () => {
    const settings = {
      yaml: {
        validate: true,
        completion: true,
        hover: true,
        schemaStore: { enable: false },
        format: { enable: false },
        schemas: { [SCHEMA_URI]: '*.strategy.yaml' },
      },
      http: {},
      editor: {},
    };
    client = LspClient.start(
      { name: 'yaml-language-server', command: process.execPath, args: [YAML_LS_BIN, '--stdio'], cwd: ROOT },
      settings,
    );
    await client.initialize(pathToFileURL(DOCS).toString());
    await client.configure(settings);
  });

  after(async () => {
    await client?.stop();
  });

  /** Opens a document and waits for diagnostics that `accept` takes (the first ones when it is omitted). */
  async function diagnose(name: string, text: string, accept: (p: Published) => boolean = () => true) {
    const published = client.waitForDiagnostics(uri(name), accept, 30_000);
    await client.open(uri(name), 'yaml', text);
    return (await published).diagnostics;
  }

  const text = (d: Published['diagnostics'][number]) => (typeof d.message === 'string' ? d.message : d.message.value);
  const messages = (p: Published) => p.diagnostics.map(text);

  it('with the modeline: the errors of a broken root, where they are', async () => {
    const broken = `${MODELINE}strategy: Broken\norganization: 5\n`;
    const diagnostics = await diagnose('broken.yaml', broken, (p) => messages(p).some((m) => /sponsor/.test(m)));
    const found = diagnostics.map((d) => `${d.range.start.line}: ${text(d)}`);
    assert.ok(found.includes('2: Incorrect type. Expected "string".'), found.join('\n'));
    assert.ok(
      found.some((f) => /^1: Missing property "sponsor"\.$/.test(f)),
      found.join('\n'),
    );
  });

  it('with the modeline: nothing on a good sample', async () => {
    assert.deepEqual(await diagnose('northwind.yaml', MODELINE + sample('northwind.strategy.yaml')), []);
  });

  it('with the yaml.schemas glob: nothing on a root and a part of a strategy across files', async () => {
    assert.deepEqual(await diagnose('social.strategy.yaml', sample('contoso/social.strategy.yaml')), []);
    assert.deepEqual(await diagnose('media.strategy.yaml', sample('contoso/conversations/media.strategy.yaml')), []);
  });

  it('with the yaml.schemas glob: a root key in a part is not allowed', async () => {
    const part = `part-of: ../social.strategy.yaml\nsponsor: cio\nconversations:\n  social-media: { owner: cmo }\n`;
    const diagnostics = await diagnose('part.strategy.yaml', part, (p) => p.diagnostics.length > 0);
    assert.deepEqual(
      diagnostics.map((d) => `${d.range.start.line}: ${text(d)}`),
      ['1: Property sponsor is not allowed.'],
    );
  });
});
