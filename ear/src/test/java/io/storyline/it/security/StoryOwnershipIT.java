package io.storyline.it.security;

import static io.storyline.it.security.Requests.plainProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.security.Session.User;
import io.storyline.it.support.Api;
import io.storyline.it.support.Reports;
import io.storyline.it.support.SharedServer;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an outside security review found about stories: publishing is a POST, and a story is changed only by the
 * editor who saved it or an admin.
 */
@ExtendWith(SharedServer.class)
class StoryOwnershipIT {

    @Test
    void aStoryIsChangedOnlyByItsOwnerOrAnAdminAndPublishedOnlyByAPost() {
        long doc = Reports.analysed("Story owner check " + UUID.randomUUID().toString().substring(0, 8) + "\n\nGENEVA,"
                + " March 5 - Angela Merkel met officials of the World Health Organization in Geneva on Monday.\n",
                "2024-03-05");
        User ownerUser = User.create("EDITOR");
        User otherUser = User.create("EDITOR");
        Api owner = Api.as(ownerUser.name(), ownerUser.password());
        Api other = Api.as(otherUser.name(), otherUser.password());
        HttpResponse<String> created = owner.postJson("api/stories", "{\"title\":\"Owned story\",\"document\":" + doc
                + "}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.object(created).getJsonNumber("id").longValue();
        String story = "api/stories/" + id;

        assertEquals(200, other.get(story).statusCode(), "others read it");
        for (HttpResponse<String> refused : List.of(other.put(story, "{\"title\":\"Taken over\"}"),
                other.delete(story), other.post(story + "/review"), other.post(story + "/publish?format=csv"),
                other.put(story + "/entries/no-such-entry", "{\"included\":false}"))) {
            assertEquals(null, plainProblem(refused, 403));
            assertTrue(refused.body().contains(ownerUser.name()), "says whose story it is: " + refused.body());
        }
        assertEquals("Owned story", Api.object(owner.get(story)).getString("title"));
        JsonObject audited = Api.object(Api.asAdmin().get("api/audit?user=" + otherUser.name()
                + "&action=STORY_CHANGE"));
        assertTrue(audited.getInt("total") >= 4 && audited.getJsonArray("items").getJsonObject(0).getString("detail")
                .startsWith("refused"), audited.toString());

        HttpResponse<String> byAdmin = Api.asAdmin().put(story, "{\"title\":\"Retitled by an admin\"}");
        assertEquals(200, byAdmin.statusCode(), byAdmin.body());

        HttpResponse<String> preview = owner.get(story + "/export?format=csv");
        assertEquals(200, preview.statusCode(), preview.body());
        assertTrue(Api.object(owner.get(story)).isNull("publishedAt"), "a preview publishes nothing");
        assertEquals(405, owner.get(story + "/publish?format=csv").statusCode(), "no publishing by GET");
        HttpResponse<String> published = owner.post(story + "/publish?format=csv");
        assertEquals(200, published.statusCode(), published.body());
        assertTrue(published.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(published.body().startsWith("position,date"), published.body());
        assertFalse(Api.object(owner.get(story)).isNull("publishedAt"));

        HttpResponse<String> othersPage = Session.signedIn(otherUser).get("timeline/story.xhtml?id=" + id);
        assertEquals(200, othersPage.statusCode());
        assertTrue(othersPage.body().contains("belongs to"), "the page says whose story it is");
        assertFalse(othersPage.body().contains("story:saveStory") || othersPage.body().contains("story:publishCsv"),
                "and offers no controls to change it");
        HttpResponse<String> ownersPage = Session.signedIn(ownerUser).get("timeline/story.xhtml?id=" + id);
        assertTrue(ownersPage.body().contains("story:saveStory") && ownersPage.body().contains("story:publishCsv"));

        assertEquals(403, other.delete(story).statusCode());
        assertEquals(204, owner.delete(story).statusCode());
    }

}
