export { InvalidScalarInput } from './invalid-scalar-input';
export { DecimalScalar, type DecimalInput } from './decimal.scalar';
export { CpfCnpjScalar, type CpfCnpjInput, type DocumentValue } from './cpf-cnpj.scalar';
export { DateTimeScalar } from './date-time.scalar';
export { CardNumberScalar, CardNumberValue, type CardNumberInput } from './card-number.scalar';
export { CardSecurityCodeScalar, CardSecurityCodeValue, type CardSecurityCodeInput } from './card-security-code.scalar';
export { DateScalar } from './date.scalar';
