import type { Relation, Sex } from '../domain/resident-fields';
import { birthOf, type Birth } from './days';
import { familyNameOf, personName, STYLE_SHARE, type NameStyle } from './names';
import { Weighted, type Rng } from './prng';

/**
 * Who lives in a household. Sizes average about 3.5 (Kota Bekasi's ~2.5 million residents in
 * ~700,000 households); ages follow from the family's shape (a head, a spouse, children a
 * generation younger, sometimes a grandparent, a married child and grandchildren), which gives
 * the young, wide-based age pyramid of urban Indonesia.
 */
export type Member = {
  relation: Relation;
  sex: Sex;
  birth: Birth;
  style: NameStyle;
  name: string;
};

const SIZE = new Weighted<number>([
  [1, 7],
  [2, 16],
  [3, 23],
  [4, 26],
  [5, 16],
  [6, 8],
  [7, 3],
  [8, 1],
]);

/** Age of the head of a household of two or more. */
const HEAD_AGE = new Weighted<[number, number]>([
  [[23, 29], 14],
  [[30, 39], 32],
  [[40, 49], 26],
  [[50, 59], 16],
  [[60, 69], 8],
  [[70, 82], 4],
]);

/** Someone living alone: a young worker renting a room, or an older widow or widower. */
const SINGLE_AGE = new Weighted<[number, number]>([
  [[20, 34], 45],
  [[35, 59], 20],
  [[60, 88], 35],
]);

export function makeFamily(rng: Rng, today: number): Member[] {
  const size = SIZE.draw(rng);
  const style = STYLE_SHARE.draw(rng);
  const family = familyNameOf(style, rng);
  const members: Member[] = [];
  const add = (relation: Relation, sex: Sex, age: number, memberStyle = style) => {
    const birth = birthOf(today - Math.round(age * 365.25) - rng.int(0, 364));
    const surname =
      relation === 'pembantu' || memberStyle !== style ? familyNameOf(memberStyle, rng) : family;
    members.push({
      relation,
      sex,
      birth,
      style: memberStyle,
      name: personName(rng, memberStyle, sex, birth.y, surname),
    });
  };

  const [lo, hi] = (size === 1 ? SINGLE_AGE : HEAD_AGE).draw(rng);
  const headAge = rng.int(lo, hi);
  const headSex: Sex = rng.chance(size === 1 ? 0.5 : 0.86) ? 'L' : 'P';
  add('kepala', headSex, headAge);
  let slots = size - 1;

  // A female head is usually a widow; a male head usually has his wife at home.
  let motherAge = headSex === 'P' ? headAge : 0;
  if (slots > 0 && rng.chance(headSex === 'L' ? 0.9 : 0.08)) {
    const spouseAge = Math.max(
      18,
      headSex === 'L' ? headAge - rng.int(0, 8) : headAge + rng.int(0, 6),
    );
    const spouseStyle = rng.chance(0.25) ? STYLE_SHARE.draw(rng) : style;
    add(headSex === 'L' ? 'istri' : 'suami', headSex === 'L' ? 'P' : 'L', spouseAge, spouseStyle);
    if (headSex === 'L') motherAge = spouseAge;
    slots--;
  }
  if (motherAge === 0) motherAge = headAge - rng.int(0, 5);

  // An older couple often has a married child and grandchildren living with them.
  if (headAge >= 52 && slots >= 3 && rng.chance(0.4)) {
    const childAge = Math.max(20, motherAge - rng.int(20, 32));
    const childSex: Sex = rng.chance(0.5) ? 'L' : 'P';
    add('anak', childSex, childAge);
    add('menantu', childSex === 'L' ? 'P' : 'L', childAge + rng.int(-3, 3), STYLE_SHARE.draw(rng));
    slots -= 2;
    let grandchild = childAge - rng.int(20, 30);
    while (slots > 0 && grandchild >= 0) {
      add('cucu', rng.chance(0.5) ? 'L' : 'P', grandchild);
      grandchild -= rng.int(2, 5);
      slots--;
    }
  }

  // A parent of the head or spouse, now and then.
  if (slots > 0 && headAge < 55 && rng.chance(0.15)) {
    add(
      rng.chance(0.5) ? 'orang-tua' : 'mertua',
      rng.chance(0.65) ? 'P' : 'L',
      Math.min(92, headAge + rng.int(22, 32)),
    );
    slots--;
  }

  let childAge = motherAge - rng.int(19, 27);
  while (slots > 0 && childAge >= 0) {
    // Grown children have often left for a home of their own.
    if (childAge < 21 || rng.chance(0.45)) {
      add('anak', rng.chance(0.5) ? 'L' : 'P', childAge);
      slots--;
    }
    childAge -= rng.int(1, 4);
  }
  // Room left over: a relative or a helper now and then; otherwise the household is smaller.
  while (slots > 0 && rng.chance(0.3)) {
    const kind = rng.chance(0.8) ? 'famili-lain' : 'pembantu';
    add(
      kind,
      rng.chance(kind === 'pembantu' ? 0.8 : 0.5) ? 'P' : 'L',
      rng.int(18, 45),
      kind === 'pembantu' ? STYLE_SHARE.draw(rng) : style,
    );
    slots--;
  }
  return members;
}
