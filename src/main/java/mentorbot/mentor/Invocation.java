package mentorbot.mentor;

import mentorbot.knowledge.KnowledgeBase;

/**
 * One run of a command: the request, its cleaned argument text, the user's recent subject and the
 * knowledge snapshot to answer from (taken once, so a reload mid-request changes nothing).
 */
public record Invocation(Request request, String args, Subject context, KnowledgeBase knowledge) {
}
