export { InvalidScalarInput } from './invalid-scalar-input';
export { DecimalScalar, type DecimalInput } from './decimal.scalar';
export { CpfCnpjScalar, type CpfCnpjInput, type DocumentValue } from './cpf-cnpj.scalar';
export { DateTimeScalar } from './date-time.scalar';
