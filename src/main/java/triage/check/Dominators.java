package triage.check;

import java.util.Arrays;
import java.util.List;

/**
 * Immediate dominators in a graph without loops whose vertices are numbered in topological order
 * from the start, vertex 0. A vertex with thousands of predecessors deep in a large tree is common
 * (the end of every path), so finding where two dominator chains meet jumps up by powers of two
 * instead of one step at a time.
 */
final class Dominators {

  private Dominators() {}

  /** The immediate dominator of each vertex (the start's is itself); -1 where the start cannot reach. */
  static int[] of(List<List<Integer>> predecessors) {
    int count = predecessors.size();
    int[] idom = new int[count];
    int[] depth = new int[count];
    int levels = 1;
    while ((1 << levels) <= count) {
      levels++;
    }
    int[][] up = new int[levels][count]; // up[k][v]: the 2^k-th dominator above v
    Arrays.fill(idom, -1);
    idom[0] = 0;
    for (int vertex = 1; vertex < count; vertex++) {
      int dominator = -1;
      for (int predecessor : predecessors.get(vertex)) {
        if (idom[predecessor] != -1) {
          dominator = dominator == -1 ? predecessor : meet(dominator, predecessor, up, depth);
        }
      }
      idom[vertex] = dominator;
      if (dominator != -1) {
        depth[vertex] = depth[dominator] + 1;
        up[0][vertex] = dominator;
        for (int k = 1; k < levels; k++) {
          up[k][vertex] = up[k - 1][up[k - 1][vertex]];
        }
      }
    }
    return idom;
  }

  /** Where the dominator chains of {@code a} and {@code b} meet (their lowest common dominator). */
  private static int meet(int a, int b, int[][] up, int[] depth) {
    if (depth[a] < depth[b]) {
      int swap = a;
      a = b;
      b = swap;
    }
    for (int k = up.length - 1; k >= 0; k--) {
      if (depth[a] - (1 << k) >= depth[b]) {
        a = up[k][a];
      }
    }
    if (a == b) {
      return a;
    }
    for (int k = up.length - 1; k >= 0; k--) {
      if (up[k][a] != up[k][b]) {
        a = up[k][a];
        b = up[k][b];
      }
    }
    return up[0][a];
  }
}
