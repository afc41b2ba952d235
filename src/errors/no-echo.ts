/**
 * graphql-js quotes the offending value in its coercion and validation messages
 * (`Variable "$input" got invalid value { card: { number: "4111…" } }; Field "amount" … was not
 * provided.`, `Expected value of type "Int", found "…"`). For a missing field it quotes the whole
 * input object, card number and CVV included. Paygraph's answers must never carry card data
 * (docs/security.md), and the value is the caller's own anyway, so it is dropped from every such
 * message, on every transport; the path and the reason stay.
 */

const VARIABLE_VALUE = /^(Variable "\$[A-Za-z_]\w*") got invalid value [\s\S]*$/;
const LITERAL_VALUE = /^(Expected value of type "[^"]+"), found [\s\S]*$/;
// Built-in scalars quote the literal: `Int cannot represent non-integer value: "4111…"`.
const SCALAR_VALUE = /^((?:Enum "[A-Za-z_]\w*"|[A-Za-z_]\w*) cannot represent [^:]*?value):[\s\S]*$/;
const PATH = / at "(\$?[A-Za-z_][\w.[\]]*)"; /g;
// Reasons graphql-js gives that never contain a value (anchored at the end of the message).
const SAFE_REASONS = [
  /Field "[A-Za-z_][\w.]*" of required type "[^"]+" was not provided\.$/,
  /Field "[A-Za-z_]\w*" is not defined by type "[A-Za-z_]\w*"\.$/,
  /Expected type "[A-Za-z_]\w*" to be an object\.$/,
  /Expected non-nullable type "[^"]+" not to be null\.$/,
  /Expected type "[^"]+"\.$/,
];

export function withoutEchoedValues(message: string): string {
  const variable = VARIABLE_VALUE.exec(message);
  if (variable) {
    const path = [...message.matchAll(PATH)].at(-1)?.[1];
    return `${variable[1]} got an invalid value${path ? ` at "${path}"` : ''}; ${safeReason(message)}`;
  }
  const literal = LITERAL_VALUE.exec(message);
  if (literal) return `${literal[1]}; ${safeReason(message)}`;
  const scalar = SCALAR_VALUE.exec(message);
  if (scalar) return `${scalar[1]} (the value is not repeated here).`;
  return message;
}

function safeReason(message: string): string {
  for (const reason of SAFE_REASONS) {
    const match = reason.exec(message);
    if (match) return match[0];
  }
  return 'the value does not match the type (the value is not repeated here; see the schema).';
}
