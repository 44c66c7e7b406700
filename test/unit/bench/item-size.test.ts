import { describe, expect, it } from 'vitest';
import { sizeOfItem } from '../../../bench/support/item-size.js';

describe('the size of an item as DynamoDB bills it', () => {
  it('when an item holds strings and numbers, it counts names and UTF-8 bytes, and one byte per two digits plus one', () => {
    // Act
    const size = sizeOfItem({ pk: 'SECTION#VISAS', name: 'مرحبا', submitted: 12_345, open: 0 });
    // Assess: 2+13, 4+10 (five two-byte letters), 9+(3+1), 4+(0+1)
    expect(size).toBe(15 + 14 + 13 + 5);
  });

  it('when it holds a list, a map and a boolean, each element costs one byte more, each container three', () => {
    // Act
    const size = sizeOfItem({ l: ['ab', true], m: { k: 'v' } });
    // Assess: 1+(3+(2+1)+(1+1)), 1+(3+(1+1+1))
    expect(size).toBe(9 + 7);
  });

  it('when attributes are named, only they count, and one the item lacks counts nothing', () => {
    // Act
    const size = sizeOfItem({ pk: 'a', sk: 'b', other: 'ignored' }, ['pk', 'sk', 'missing']);
    // Assess
    expect(size).toBe(3 + 3);
  });
});
