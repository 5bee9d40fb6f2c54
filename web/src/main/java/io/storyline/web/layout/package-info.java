/**
 * What every page shares: who is signed in, what the navigation offers to their role, messages, and the clean-up of
 * uploaded files once handled.
 */
package io.storyline.web.layout;
