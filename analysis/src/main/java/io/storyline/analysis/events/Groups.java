package io.storyline.analysis.events;

import io.storyline.analysis.language.Token;
import java.util.Locale;
import java.util.Set;

/**
 * Whether words that name no entity may stand for who took part: only nouns for people and the bodies they form
 * ("protesting families", "a well-informed source", "the Israeli military"). "Efforts", "more time", "the
 * inability" or "the statement" do nothing themselves: a reader wants the people behind them, or nobody.
 */
final class Groups {

    private static final Set<String> PEOPLE = Set.of("family", "people", "person", "man", "woman", "child", "boy",
            "girl", "resident", "civilian", "citizen", "protester", "protestor", "demonstrator", "activist", "worker",
            "employee", "staff", "student", "teacher", "doctor", "nurse", "patient", "victim", "survivor", "hostage",
            "captive", "prisoner", "detainee", "refugee", "settler", "soldier", "troop", "force", "police",
            "policeman", "officer", "official", "minister", "leader", "lawmaker", "legislator", "senator", "diplomat",
            "envoy", "negotiator", "mediator", "spokesman", "spokeswoman", "spokesperson", "representative", "member",
            "source", "insider", "witness", "analyst", "expert", "economist", "investor", "shareholder", "trader",
            "customer", "consumer", "buyer", "seller", "user", "fan", "critic", "supporter", "opponent", "voter",
            "reporter", "journalist", "judge", "lawyer", "prosecutor", "executive", "manager", "director", "founder",
            "chairman", "owner", "rival", "militant", "fighter", "rebel", "gunman", "attacker", "army", "military",
            "navy", "government", "administration", "authority", "ministry", "office", "agency", "company", "firm",
            "group", "delegation", "team", "board", "committee", "council", "court", "union", "party", "coalition",
            "regulator", "lender", "bank", "maker", "manufacturer", "retailer", "carrier", "operator", "developer",
            "side", "country", "state", "nation", "ally");

    private Groups() {
    }

    static boolean namesPeople(Token noun) {
        String lemma = noun.lemma().toLowerCase(Locale.ROOT);
        return PEOPLE.contains(lemma) || lemma.endsWith("ist") || lemma.endsWith("ian") && lemma.length() > 5;
    }
}
