/**
 * What analysis knows beyond its models, and admins edit: aliases, the gazetteer, the event taxonomy and the names
 * that are never entities. {@link io.storyline.analysis.knowledge.Knowledge} is an immutable snapshot the analysis
 * reads, {@link io.storyline.analysis.knowledge.KnowledgeCache} the one the server reads from the database and
 * keeps until someone changes it; {@link io.storyline.analysis.knowledge.SeedKnowledge} is what Storyline ships with.
 */
package io.storyline.analysis.knowledge;
