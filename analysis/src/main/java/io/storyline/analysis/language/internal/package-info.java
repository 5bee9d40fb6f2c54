/**
 * The Stanford CoreNLP adapter of the language pipeline, its settings (which model files it loads, and so which
 * the EAR must carry), and the start-up bean that loads and warms it up once for the whole server.
 */
package io.storyline.analysis.language.internal;
