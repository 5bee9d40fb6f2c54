/** Rules about the code's shape that every change keeps: layering, cycles, internals, sizes. */
package io.storyline.architecture;
