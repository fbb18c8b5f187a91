package io.yishi.voting.internal;

import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * An open-addressing index of the distinct rows a profile builder has stored (approval sets,
 * score vectors): it finds the row equal to a new ballot by its hash, and grows as rows are
 * added. The builder keeps the rows themselves and says how to hash and compare them.
 */
public final class RowIndex {

  /** 1 + a row's number, or 0 for an empty slot; the length is a power of two. */
  private int[] table = new int[32];
  private int rows;

  /** Creates an empty index. */
  public RowIndex() {}

  /**
   * {@return the number of the stored row equal to the probe, or -1}
   *
   * @param hash the probe's hash, computed as {@code hashOfRow} computes a stored row's
   * @param sameAs whether stored row {@code r} equals the probe
   */
  public int find(int hash, IntPredicate sameAs) {
    int mask = table.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int entry = table[slot];
      if (entry == 0) {
        return -1;
      }
      if (sameAs.test(entry - 1)) {
        return entry - 1;
      }
    }
  }

  /**
   * Records that the builder stored one more row, the next number, and grows the table when it
   * is half full.
   *
   * @param hashOfRow the hash of stored row {@code r}
   */
  public void added(IntUnaryOperator hashOfRow) {
    rows++;
    if (2 * rows > table.length) {
      table = new int[table.length * 2];
      for (int r = 0; r < rows; r++) {
        insert(r, hashOfRow.applyAsInt(r));
      }
    } else {
      insert(rows - 1, hashOfRow.applyAsInt(rows - 1));
    }
  }

  private void insert(int row, int hash) {
    int mask = table.length - 1;
    int slot = hash & mask;
    while (table[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    table[slot] = row + 1;
  }
}
