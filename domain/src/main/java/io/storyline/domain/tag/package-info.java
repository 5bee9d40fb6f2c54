/** Topic tags on documents, by people (MANUAL) or rules (AUTO), and the categories admins group them in. */
package io.storyline.domain.tag;
