package mentorbot.mentor;

import java.util.List;
import java.util.Optional;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.SalaryBand;
import mentorbot.knowledge.SkillLevel;

/**
 * One question as read once: what it names (the slots), how it is put (the shape), and whether it
 * points back at an earlier subject. The answer builders of every feature work from it.
 *
 * @param text            the question as asked (cleaned of markup), one part of a message
 * @param normalized      lower-case words with small typos corrected
 * @param asking          the same for the sentences that ask, without the situation that leads up to them
 * @param roles           roles named, in order
 * @param otherJobs       job titles outside the field the question is about (not the asker's own job)
 * @param bands           salary levels named (entry, mid, senior, big tech), in order
 * @param skill           a skill level named (foundational, intermediate, advanced)
 * @param places          places named: the guides' regions and others, each known to be in the USA or not
 * @param amounts         sums of money named
 * @param foreignCurrency a currency other than the US dollar the question asks in ("in euros"), if any
 * @param shape           how it is put
 * @param refersBack      it points at an earlier subject ("what does it pay?", "and for seniors?")
 */
public record Question(String text, String normalized, String asking, List<Role> roles, List<String> otherJobs, List<SalaryBand> bands,
                       Optional<SkillLevel> skill, List<Place> places, List<Amount> amounts,
                       Optional<String> foreignCurrency, Shape shape, boolean refersBack) {

    public Question {
        roles = List.copyOf(roles);
        otherJobs = List.copyOf(otherJobs);
        bands = List.copyOf(bands);
        places = List.copyOf(places);
        amounts = List.copyOf(amounts);
    }

    public Optional<Role> role() {
        return roles.stream().findFirst();
    }

    /** The roles the asking sentences name ("I'm an ML engineer. How do I pivot into generative AI?" asks about the second). */
    public List<Role> rolesAsked() {
        String padded = " " + asking + " ";
        return roles.stream().filter(r -> r.names().stream().map(mentorbot.knowledge.Normalizer::normalize)
                .anyMatch(n -> !n.isBlank() && (padded.contains(" " + n + " ") || padded.contains(" " + n + "s ")))).toList();
    }

    public Optional<SalaryBand> band() {
        return bands.stream().findFirst();
    }

    /** A place abroad, where the guides give no figures. */
    public Optional<Place> placeAbroad() {
        return places.stream().filter(p -> !p.inUs()).findFirst();
    }

    /** A US place, the guides' own regions first. */
    public Optional<Place> usPlace() {
        return places.stream().filter(Place::inUs).min((a, b) -> Boolean.compare(b.guideRegion(), a.guideRegion()));
    }

    public boolean namesSubject() {
        return !roles.isEmpty() || !bands.isEmpty() || skill.isPresent() || !places.isEmpty();
    }

    /** The same question read as put another way (a question asking which role fits is a choice). */
    public Question withShape(Shape other) {
        return new Question(text, normalized, asking, roles, otherJobs, bands, skill, places, amounts, foreignCurrency, other, refersBack);
    }

    /** The same question about other subjects: what a follow-up inherits from the conversation. */
    public Question withSubjects(List<Role> roles, List<SalaryBand> bands, Optional<SkillLevel> skill) {
        return new Question(text, normalized, asking, roles, otherJobs, bands, skill, places, amounts, foreignCurrency, shape, refersBack);
    }
}
