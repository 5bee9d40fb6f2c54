/** What every page shares: who is signed in and what the navigation offers to their role. */
package io.storyline.web.layout;
