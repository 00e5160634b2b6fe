// Validates docs/asyncapi.yaml with the AsyncAPI parser (its own rules and the spec's JSON Schema), resolving the
// event schemas it references under docs/events. Any error fails CI; warnings are printed.
import { Parser, fromFile } from '@asyncapi/parser';

const file = process.argv[2];
const { document, diagnostics } = await fromFile(new Parser(), file).parse();
const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 0);
for (const diagnostic of diagnostics) {
  const where = diagnostic.path.join('.') || '(document)';
  console.log(`${diagnostic.severity === 0 ? 'error' : 'warning'} ${where}: ${diagnostic.message}`);
}
if (!document || errors.length > 0) {
  console.error(`${file}: ${errors.length} error(s)`);
  process.exit(1);
}
const messages = document.allMessages().all().map((message) => message.name());
console.log(`${file} is valid: ${document.allChannels().length} channels, ${messages.length} messages`);
