export { kitText } from './locales';
