/** Synthetic demo data: invented people on the real kelurahan of Kota Bekasi. See README.md. */
export { DEMO_NODE } from './context';
export {
  DEMO_KELURAHAN,
  generateCity,
  generateKelurahan,
  generateRw,
  mergeBatches,
  type GenerateKelurahanOptions,
} from './generate';
export { emptyBatch, type DemoBatch } from './types';
