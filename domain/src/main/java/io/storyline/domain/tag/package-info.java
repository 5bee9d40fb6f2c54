/** Topic tags on documents, by people (MANUAL) or rules (AUTO). */
package io.storyline.domain.tag;
