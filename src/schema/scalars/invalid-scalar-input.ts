export { InvalidScalarInput } from '../../lib/scalar-values';
