package io.storyline.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void eachRoleIncludesTheOnesBeforeIt() {
        assertEquals(EnumSet.of(Role.READER), Role.READER.withIncluded());
        assertEquals(EnumSet.of(Role.READER, Role.ARCHIVIST, Role.EDITOR), Role.EDITOR.withIncluded());
        assertEquals(EnumSet.allOf(Role.class), Role.ADMIN.withIncluded());
    }

    @Test
    void effectiveRolesAreTheUnionOfWhatIsGranted() {
        assertEquals(EnumSet.of(Role.READER, Role.ARCHIVIST), Role.effective(List.of(Role.ARCHIVIST, Role.READER)));
        assertEquals(EnumSet.noneOf(Role.class), Role.effective(List.of()));
    }
}
