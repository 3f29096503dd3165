package dev.plaza.store;

import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.activity.Conversation;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.community.Channel;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Community;
import dev.plaza.core.community.CommunityKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.community.Workspace;
import dev.plaza.core.people.Identity;
import dev.plaza.core.people.LinkEvidence;
import dev.plaza.core.people.Person;
import dev.plaza.core.people.PersonMerge;
import dev.plaza.core.team.ApiToken;
import dev.plaza.core.team.Role;
import dev.plaza.core.team.TeamMember;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Row mappers from the tables to the domain records; column names follow the migrations. */
final class Rows {

    private Rows() {
    }

    static final RowMapper<Workspace> WORKSPACE = (rs, ctx) -> new Workspace(
            rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getBoolean("demo"), instant(rs, "created_at"));

    static final RowMapper<TeamMember> TEAM_MEMBER = (rs, ctx) -> new TeamMember(
            rs.getLong("id"), rs.getLong("workspace_id"), rs.getString("email"), rs.getString("display_name"),
            Role.fromKey(rs.getString("role")), instant(rs, "created_at"));

    static final RowMapper<ApiToken> API_TOKEN = (rs, ctx) -> new ApiToken(
            rs.getLong("id"), rs.getLong("workspace_id"), rs.getString("name"), Role.fromKey(rs.getString("role")),
            rs.getString("prefix"), instant(rs, "created_at"), optionalInstant(rs, "last_used_at"),
            optionalInstant(rs, "revoked_at"));

    static final RowMapper<Channel> CHANNEL = (rs, ctx) -> new Channel(
            rs.getLong("id"), rs.getLong("workspace_id"), Platform.fromKey(rs.getString("platform")),
            rs.getString("handle"), ChannelKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
            rs.getBytes("credentials") != null, instant(rs, "created_at"), optionalInstant(rs, "paused_at"));

    static final RowMapper<Community> COMMUNITY = (rs, ctx) -> new Community(
            rs.getLong("id"), rs.getLong("workspace_id"), Platform.fromKey(rs.getString("platform")),
            CommunityKind.valueOf(rs.getString("kind")), rs.getString("name"),
            Optional.ofNullable(rs.getString("url")), rs.getString("description"));

    /** Expects the computed columns identity_count and activity_count besides the person's own. */
    static final RowMapper<Person> PERSON = (rs, ctx) -> new Person(
            rs.getLong("id"), rs.getLong("workspace_id"), rs.getString("display_name"), instant(rs, "first_seen"),
            instant(rs, "last_seen"), rs.getInt("identity_count"), rs.getLong("activity_count"));

    static final RowMapper<Identity> IDENTITY = (rs, ctx) -> new Identity(
            rs.getLong("id"), rs.getLong("workspace_id"), rs.getLong("person_id"),
            Platform.fromKey(rs.getString("platform")), rs.getString("stable_id"), rs.getString("handle"),
            rs.getString("display_name"), Optional.ofNullable(rs.getString("profile_url")),
            new LinkEvidence(rs.getString("link_reason"), rs.getDouble("link_confidence")));

    static final RowMapper<PersonMerge> MERGE = (rs, ctx) -> new PersonMerge(
            rs.getLong("id"), rs.getLong("workspace_id"), rs.getLong("survivor_id"), rs.getLong("merged_id"),
            rs.getString("merged_display_name"), longs(rs.getArray("moved_identity_ids")),
            new LinkEvidence(rs.getString("reason"), rs.getDouble("confidence")),
            optionalLong(rs, "by_member_id"), instant(rs, "merged_at"), optionalInstant(rs, "undone_at"));

    static final RowMapper<Conversation> CONVERSATION = (rs, ctx) -> new Conversation(
            rs.getLong("id"), rs.getLong("workspace_id"), rs.getString("root_uri"),
            Platform.fromKey(rs.getString("platform")), rs.getString("subject"),
            ConversationStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
            optionalLong(rs, "assignee_id"), instant(rs, "started_at"), instant(rs, "last_activity_at"),
            rs.getInt("activity_count"));

    static final RowMapper<Activity> ACTIVITY = (rs, ctx) -> new Activity(
            rs.getLong("id"), rs.getLong("workspace_id"), rs.getString("uri"),
            Platform.fromKey(rs.getString("platform")), ActivityKind.fromKey(rs.getString("kind")),
            rs.getLong("author_identity_id"), optionalLong(rs, "community_id"), optionalLong(rs, "channel_id"),
            optionalLong(rs, "conversation_id"), instant(rs, "at"), rs.getString("text"),
            Optional.ofNullable(rs.getString("language")), Optional.ofNullable(rs.getString("in_reply_to_uri")),
            Optional.ofNullable(rs.getString("target_uri")), Optional.ofNullable(rs.getString("url")));

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? Optional.empty() : Optional.of(value.toInstant());
    }

    static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }
}
