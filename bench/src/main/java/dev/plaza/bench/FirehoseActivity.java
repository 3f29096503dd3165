package dev.plaza.bench;

import dev.plaza.atproto.cbor.DagValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * What one account does on Bluesky, commit by commit: mostly posts (some replies, some threads of
 * two or three posts in one commit), then likes, follows, reposts, deletions of its own records
 * and, now and then, a profile update.
 */
final class FirehoseActivity {

    private final FirehoseRepo repo;
    private final FirehoseRecords records;
    private final RandomGenerator random;
    private final String displayName;
    private final List<String> deletable = new ArrayList<>();

    FirehoseActivity(FirehoseRepo repo, FirehoseRecords records, RandomGenerator random, String displayName) {
        this.repo = repo;
        this.records = records;
        this.random = random;
        this.displayName = displayName;
    }

    /** The account's next commit, as the {@code frame}th frame of the stream. */
    byte[] next(int frame) {
        long micros = FirehoseTime.micros(frame);
        String createdAt = FirehoseTime.datetime(micros - random.nextInt(1_000_000));
        int roll = random.nextInt(100);
        List<FirehoseRepo.Write> writes;
        if (roll < 62) {
            writes = List.of(create(FirehoseRecords.POST, micros, records.post(createdAt, random)));
        } else if (roll < 82) {
            writes = List.of(create(FirehoseRecords.LIKE, micros, records.like(createdAt, random)));
        } else if (roll < 86) {
            writes = List.of(create(FirehoseRecords.REPOST, micros, records.repost(createdAt, random)));
        } else if (roll < 92) {
            writes = List.of(create(FirehoseRecords.FOLLOW, micros, records.follow(createdAt, random)));
        } else if (roll < 97 && !deletable.isEmpty()) {
            writes = List.of(new FirehoseRepo.Write(removeOne(), Optional.empty()));
        } else if (roll < 98) {
            writes = List.of(new FirehoseRepo.Write(FirehoseRecords.PROFILE + "/self",
                    Optional.of(records.profile(displayName, random))));
        } else {
            writes = thread(micros, createdAt);
        }
        return repo.commit(writes, FirehoseTime.seq(frame), micros, FirehoseTime.parsedDatetime(micros));
    }

    private List<FirehoseRepo.Write> thread(long micros, String createdAt) {
        List<FirehoseRepo.Write> writes = new ArrayList<>();
        int posts = 2 + random.nextInt(2);
        for (int i = 0; i < posts; i++) {
            writes.add(create(FirehoseRecords.POST, micros - i, records.post(createdAt, random)));
        }
        return writes;
    }

    /** A new record whose key is a TID from just before the commit, as the PDS mints them. */
    private FirehoseRepo.Write create(String collection, long micros, DagValue record) {
        String path = collection + "/" + FirehoseTime.tid(micros - 1, repo.clockId());
        deletable.add(path);
        return new FirehoseRepo.Write(path, Optional.of(record));
    }

    private String removeOne() {
        int index = random.nextInt(deletable.size());
        String path = deletable.get(index);
        deletable.set(index, deletable.getLast());
        deletable.removeLast();
        return path;
    }
}
