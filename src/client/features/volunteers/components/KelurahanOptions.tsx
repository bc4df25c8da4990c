import { KECAMATAN } from '@shared/wilayah/wilayah';

/** The 56 kelurahan as `<option>`s, grouped by kecamatan, for a `<select>`. */
export function KelurahanOptions() {
  return KECAMATAN.map((kec) => (
    <optgroup key={kec.code} label={`Kec. ${kec.name}`}>
      {kec.kelurahan.map((k) => (
        <option key={k.code} value={k.code}>
          {k.name}
        </option>
      ))}
    </optgroup>
  ));
}
