/**
 * How the stages of the pipeline wake each other: light messages naming a document, sent after the commit that
 * made the document ready, and the name a server node signs its claims with.
 */
package io.storyline.platform.messaging;
