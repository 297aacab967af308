package io.opendoms.routing.engine;

import java.util.ArrayList;
import java.util.List;

/** Every order of 0..k-1 for small k: the fill orders of a line over a set of locations. */
final class Permutations {

    private static final int[][][] BY_SIZE = new int[5][][];

    static {
        for (int k = 0; k <= 4; k++) {
            List<int[]> all = new ArrayList<>();
            permute(new int[k], new boolean[k], 0, all);
            BY_SIZE[k] = all.toArray(int[][]::new);
        }
    }

    static int[][] of(int k) {
        return BY_SIZE[k];
    }

    private static void permute(int[] current, boolean[] used, int depth, List<int[]> out) {
        if (depth == current.length) {
            out.add(current.clone());
            return;
        }
        for (int i = 0; i < current.length; i++) {
            if (!used[i]) {
                used[i] = true;
                current[depth] = i;
                permute(current, used, depth + 1, out);
                used[i] = false;
            }
        }
    }

    private Permutations() {
    }
}
