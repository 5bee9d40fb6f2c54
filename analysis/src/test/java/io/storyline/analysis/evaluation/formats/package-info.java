/**
 * Readers and writers for the gold data's own formats: TimeML (TempEval-3), the CoNLL-2003 column
 * format with IOB1 tags, and MEANTIME's CAT XML. Readers give the exact text systems are run on and
 * the gold spans in it; writers put our predictions back into the same format so other scorers and
 * people can check them.
 */
package io.storyline.analysis.evaluation.formats;
