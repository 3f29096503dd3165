package dev.plaza.demo;

import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/** One platform's accounts in the order they joined, for picking active members by day. */
record Roster(List<Account> accounts, int[] joinDays, double[] cumulative) {

    static Roster of(List<Account> accounts) {
        List<Account> byJoin = accounts.stream().sorted(Comparator.comparingInt(Account::joinDay)).toList();
        int[] joinDays = new int[byJoin.size()];
        double[] cumulative = new double[byJoin.size()];
        double sum = 0;
        for (int i = 0; i < byJoin.size(); i++) {
            joinDays[i] = byJoin.get(i).joinDay();
            sum += byJoin.get(i).weight();
            cumulative[i] = sum;
        }
        return new Roster(byJoin, joinDays, cumulative);
    }

    /** An account that had joined by {@code day}, chosen in proportion to its weight. */
    Account pick(int day, RandomGenerator rnd) {
        int joined = Math.max(1, joinedBy(day));
        return accounts.get(search(cumulative, rnd.nextDouble() * cumulative[joined - 1]));
    }

    /** The first index whose cumulative weight exceeds {@code value}. */
    static int search(double[] cumulative, double value) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > value) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private int joinedBy(int day) {
        int low = 0;
        int high = joinDays.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (joinDays[mid] <= day) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
