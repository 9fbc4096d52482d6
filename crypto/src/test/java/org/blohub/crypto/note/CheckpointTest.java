package org.blohub.crypto.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

class CheckpointTest {

    private static final String ROOT_B64 = "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=";

    @Test
    void formatsOriginSizeAndBase64RootEachOnItsOwnLine() throws NoteException {
        byte[] root = java.util.Base64.getDecoder().decode(ROOT_B64);
        Checkpoint checkpoint = Checkpoint.of("blohub.th/audit", 20_852_163L, root);
        assertThat(checkpoint.body()).isEqualTo("blohub.th/audit\n20852163\n" + ROOT_B64 + "\n");
    }

    @Test
    void keepsExtensionLinesAfterTheRootInOrder() throws NoteException {
        String body = "blohub.th/audit\n0\n" + ROOT_B64 + "\nfirst extension\nsecond extension\n";
        Checkpoint checkpoint = Checkpoint.parse(body);
        assertThat(checkpoint.treeSize()).isZero();
        assertThat(checkpoint.extensions()).containsExactly("first extension", "second extension");
        assertThat(checkpoint.body()).isEqualTo(body);
    }

    @Test
    void refusesBodiesThatBreakTheFormat() {
        List<String> malformed = List.of(
                "blohub.th/audit\n5\n" + ROOT_B64,
                "blohub.th/audit\n5\n",
                "\n5\n" + ROOT_B64 + "\n",
                "blohub.th/audit\n05\n" + ROOT_B64 + "\n",
                "blohub.th/audit\n-5\n" + ROOT_B64 + "\n",
                "blohub.th/audit\n+5\n" + ROOT_B64 + "\n",
                "blohub.th/audit\n99999999999999999999\n" + ROOT_B64 + "\n",
                "blohub.th/audit\n5\n" + ROOT_B64.replace("=", "") + "\n",
                "blohub.th/audit\n5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxqw==\n",
                "blohub.th/audit\n5\n" + ROOT_B64 + "\n\nextension after an empty line\n");
        for (String body : malformed) {
            assertThatExceptionOfType(NoteFormatException.class).as(body).isThrownBy(() -> Checkpoint.parse(body));
        }
    }

    @Test
    void refusesAnOriginOrExtensionThatWouldSpillIntoAnotherLine() {
        byte[] root = new byte[32];
        assertThatExceptionOfType(NoteFormatException.class)
                .isThrownBy(() -> Checkpoint.of("blohub.th/audit\n7", 5, root));
        assertThatExceptionOfType(NoteFormatException.class)
                .isThrownBy(() -> Checkpoint.of("blohub.th/audit", 5, root, List.of("a\nb")));
        assertThatExceptionOfType(NoteFormatException.class)
                .isThrownBy(() -> Checkpoint.of("blohub.th/audit", -1, root));
    }
}
