package org.blohub.crypto.cms.kem;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.Test;

/**
 * The id-MLDSA65-ECDSA-P256-SHA512 known-answer test of draft-ietf-lamps-pq-composite-sigs-19
 * (appendix "Test Vectors", src/testvectors.json of github.com/lamps-wg/draft-composite-sigs at tag
 * draft-ietf-lamps-pq-composite-sigs-19): the draft's public key {@code pk} (ML-DSA-65 key || uncompressed
 * P-256 point) and its signature {@code s} over {@code m} with an empty context, made by the draft's
 * Python reference implementation.
 */
class DraftCompositeSignatureVectorTest {

    private static final byte[] MESSAGE = "The quick brown fox jumps over the lazy dog.".getBytes(US_ASCII);

    private static final byte[] PUBLIC_KEY = Base64.getDecoder().decode(
            "rZTyCYFJUpLF11m+9/qkC78DAVczaSbhDdEglXcvFBYGJ9RUVIZyf6xy1Yw9Q62dIMwjYn2wD4p+HeonB88cBEmB" +
            "d/sFZPW6LbK/YRap4s5MlItEvcQ5k2OSEknjKVwGykFDaTgrS5gs5i5CSyfdCrgn5a8zYcVvTP+R4KeDpuEd1m4s" +
            "5iQiLa3AtzB2guU2E8KMREWpj+xWx104pZKCBomGepF13Me2Rq5qN7N+bhOf6SQS8WNIdvnTotEYBkxspBKRS8zZ" +
            "SIWBcDH8cvEpQizrR0mdk8tjrKRQFJ5d3sAdfuWxUTEKa6MEeJ1lj1IzqE5TObOewpotVCY5E9gxMULfTUSualR6" +
            "PgSr6YNT8ifKPKHqPWK0tDhaEnnCcdiAz0ZA0heurOemye7RzjywPBgq0VBINW2MQ2JozKGIy98NlBktlLTwAj06" +
            "Psu45oghbU5pDEwWfO89lnSDfZkYJfagorGCde54kSpmUm5SSTJYPQknYV9VAvDmALfYjmCxfpTI/h8beVWIixnL" +
            "HYcmDownSp/KjhCTZqmkwXHrHFspbJCh6P3Cg+OTngFQu+zyP3K3gThi/VruxZt6eEbGlYQeGEI6WYAsSz1e+SSZ" +
            "wOEXnrQhkLdR419nZZrGV4XVmOW65Aap0C8aOwV3evnxaIzmHQ0NzjcgP62XAgkR3Sv22ZKCURuBVF+QvAYjNNIS" +
            "lW2x0ykqlQe37fONAZA1CX/m0JP8AHJCJwjzfo1q174q/+KwOppIgVAgJJto93rUOkYS3DYkTEyqDNxRmXdwSY7Q" +
            "y4CDqRebfToirQC2JUXtCpwd2U3T6SiOVjNHN7tAX5Haj8dsdQOaBd/Y68OoH3MzMqusrw+FQ21SqYqxRUL0uhkE" +
            "2gS7N9pL3MEyzyHLdrMyrWUbfaCh/RUTtqWhXmJyZ9Ti+ETqZ3761QFMip73iAW64CCkuqFM50sjrTS808pm4DpV" +
            "p7OLMPCSJBC0NYGXX3ZmDqDeOzyqs2+la3h+nDW/BFXIoc4nX8K1ca6B7J7/O73AY7bZ5ZXvvra6ikRqpF4r0yVW" +
            "BMXUwCO3sbp9bl0fM4NcGnNtdKYETaeIxlOH7UTDYzAsTPmLKLHwa7gqeD/IW9+/poc9L1LZAiMqAFimogoZ7+HJ" +
            "ixDVeQgDmMDNvetHynDyoplm812nhNGguJtxDXWS5j89IcdPsfYnFtfVXoNSA0P9b2tPfe9Grddk4X1ABwuO/rnJ" +
            "Uc0Fmm56g9uoI5nt8s3s1fJBTx66VdXL6KDlApIF1Y17Gdk6I95Gs2UX7iQ/xP/3SSKoTsUfeq/h/mHmZcc1Nflx" +
            "laF6KN9StQGP+UKCRfcwWx9jZTCN4Yqpdr0iKeNH8YghJsU26KRUpVjpt2jRanfG11UiR+6SjnqSK8D2wnR+/Skn" +
            "Weosv4GcxlYYWGhntmgM1fVC0CeMeUthzgb5tFVubq5OsO15rLV0KuggRLDl5XWPRxLjN4t198t1Tl66TJkDjqd8" +
            "qJHtHHa1cZN0l9nc3KP8MrRIgf/x/hSkxi+pz5HHLYv7LsJ+Q7yBgLOnz81EDXR/t9tVP/R6oR6UKXtDajKwRTdw" +
            "Fke3o8MmKK++qmB7AejeWrc+vEB5BOjdDDRc+/4FTIeLCRrhO4PrhSBOk0EJoFF7cKzliQ6Re/yL9V+C03SJ+48Q" +
            "/m75urYFPUof5HLIInrCjfuAhHRIMJOkhfkBi/l7MXXIeV8lmm7Rtn9ZCtjaP+sFxGt5O5sbVhpZUrg1rWX3oXMU" +
            "hCDRNQoy/pH5K8JmK2vllFKiIjCnUMxEmH5jvxI6V1oRx+QUaXyFu5c+IOuDspP35ehFl050WAV2nYuJ5oPERbf7" +
            "Q67XFQariXYmBV4JYOFrh4unRIvg17t8FeSibQ1MObjjqbVoZB+sJprwyTx6o1cftASIHlQWArzD6cxQaNmnTFDk" +
            "ZmMKvpxmon2j0SGXEXRSumn3Wpkkb9PPUigaynjnvb643BxVy/THN96ip4hWRHGOdQBIGsSbc/5hp2BKCT7hEtLl" +
            "QZNMIzR0HsQayarlprx+0XzuouPqQ6RudpKnXLqa+rT9I4khP5A1DxWDejH82Xi/ejANdi9loJv/rTPRq7Rr+iu/" +
            "wo+jf+OicFZ8bZVr99igvsBjYDxaiHqcW3P3cYiaLLFTwAnzlZIduQklmRNw4G2WdxR58U2afqeJTiODr7j253d/" +
            "NSsL+TaFSb7iWJPtlrGakN9u04sDEORA+9TdRPMZDuvP32g6wJpEmGHGtiszuwGdRyhLXG13COkkoaufX+l8ET67" +
            "ITopR2WRcC4+wf5UlU+yZ33Neh/PbmiOhmgkZfOg+sb2VNmqjAFTvO2D//OD19U86I0d+ild46oAV0fxwqnuB90p" +
            "lk9MJvHsd1/uojfL6mZIlF6KnsRV6qoN7rH5NAu+3cTX5Kjj7TaTN/H3W3oqefsM4fbKnXNOuQSDBlDNTla7Z2qo" +
            "rNSalD23R2bMTBEkOe7N6ig/HjtBTi2fv5TQWIlU6pLAPswAY5yWJta1RdVl9XcysDjlkEVMGjFvBhpDHj4aFrxq" +
            "HsUdOlq5rGhT81s+StMlVNJbTtLQ1zQIeCSjxM+3ys18UbZuaeQEmIJEOfPaAiUJav4Eno5ttyc8e+E8+h37Ha77" +
            "fa2EPuNa7lv54n76FIgh8iBELLSaZlMmpGWouAarWMb61Ua0lg==");

    private static final byte[] SIGNATURE = Base64.getDecoder().decode(
            "Z2cXSmyeY+LB6sYY3fPKYRjhisbdrjPXpdWnbLpB9vCyqNnHDvOa2/gL+FpGcj6U/jCmj+SfINkARM9q19ob/AO9" +
            "/zwt4tGX0roK1Na4f7tVSSXF0Zax5OssBIQizCrJSilaw4YDPdBEv1fVBwhZbg6nAbnnXko9RJb6KAlY43AGS6nd" +
            "0LeMTjiH2Y+UMO+Xd2YDzHk5PdAlDhxag5i9YY/oO+mxPrYEc1Khf/ARDJJivRgZqS/DsdKB+n6a4FihpZLaWNir" +
            "rIQhAojM2Iv7YLm+DirQ4obhIbwo9xt775nYGVlwsK+L2+h4uXidYQChVA8uF3SVEnZDl2xu2hJRk24guJsE3Y74" +
            "gIKQvIJThPbwBcPcFdAlWjGgvt0M3lTpiNb2BlEUT+CgiZZG8eCxwDhhDPXo7vBQ6M605cfSJpzc5lVmbXed9shI" +
            "GYh4xr/qFeZrpxq01HS6HICMY4TgDARLIhKj2IsJwsvIhtDkPx64CGiRwh1DNMccgER4UVZl18De8VDldxc5QycB" +
            "e/ZG9J6IvBusOqS8aFT/n+6xYzPe68XK+2Rk3ppwC33ydDkN6rTkJNfcCdMo/lUHmptpynkSWo30Qz1vjElCZeS2" +
            "tn6HQOi681VB1/IAxiv+UiQBBSPmqlcxsW1pw16C7VzpLZMuL6nfsgtJrjvwmdibBvvqPRjH027yOPSiD17po3Wk" +
            "BJEM0ql7vAic5Z2IcUoo/S/wOlYutb6soEhpWEmP66Y/irdgCwbT1AdvjTjRxNQV6hFWj5nJMkfhWCbdACqRpPYp" +
            "QQUn9n6FVbcTydwr/RbeDyymTu2uVcy8RRq3WMz1VUPjLhEBsoPBKnxVWmzeE2bo9G8EqsU656gFpCUkm+qqGCJA" +
            "FcCDJTl3ILJsgB5mP6b6eAvnXeuZ1X51E+US7cRPbJtTETsGK7gUByAzyrKyuGyX/eXMnjI0okbSBUQ0B7J25u42" +
            "sFs0uVsUloPPSQQ+jMoPO4FYiON1eTKoik1t4U48JjP3OiTEDuPCYGwNaimzn0EjlCJ0KaVymkhhW963OJh1odWx" +
            "eTXY33pI6zCdsL28sJfHBx2E+F9hvhGrq2NG0jVnVxQnjbePaHiXsKTT1ulZZGtDik4zRTNQcgQwBvy/GYarslDv" +
            "hKgz64TGosk5AhxXnUgHy+C7tpKEfKz7G/zWj2C489ODOdFib1xFJie73J+DCmIZnM428KKeAmHZTfqgSs7w02gX" +
            "7+/UmrZUPL2uIsqCal4Iovmz39Oc73bG0T67gPBAryTdl/k159SCYTyvgp67OLUpKTjZ+me6p/g1k8Cacp8pVxhB" +
            "jRpvX3D+1eJswOpxm5UKXSG+xd/KdNP0c/2HpTMIw9Z5fPxDdOwWtcrrkSTRcS5v8Ds7XWF0qcgUKrois8Sq3cqm" +
            "RUMdBoI3XNx2v5BUtesgj8V29bRJybpL0JkAmKjeUPoM9HmBBYnerIURSj7qMi94PK+Lsln48hjwCG/JFOy7/cdS" +
            "c0R9tAD+DSIrQcQeCAvk40h0wefXFD3IGk8DyRpIP6+WCVLlutU99KXkEZeargz24pPKPK4IDEVkP/FqIqNph1vT" +
            "smZpef4xKDCWh7fgMmzPPrE51k/U6UhHKC/PaTmCh58+X7oGOyc2c4+i2Li5gWqqOuL4UPasOZiF7plsu3+WDL2o" +
            "UY5ukX1c8gbf8zYIWYul1ovBKM9cAcGTV2CC6YilteS8NFNR63O3MbUXRb87VL4dWsXm+rMY9DNKj5rEeUKIOVsg" +
            "PIBYzijr9Wlv2L+zCxRfVi3hFky2RGfylzs7XfT4EPSRVuruP9qBg8ZP2BtfQjLqmOukN8BkPrp23Eba8BHPwHcm" +
            "Nie0Nb0/oUHAPgwPZauFw8EAob3wqoG07zLF/5V16Th5cNhKa8eJzrcdUdEEC9wWrwcZHN/sd9qEaqCD6zZEscgV" +
            "9La02koHjGZlhbe355MzEfTpvWdgGPYA1YgkSeYjWbMc0rmxyXYvTq5arGphkf1YyT5s8xBNU/V1WiPjMF2RfW/o" +
            "fh2AdsrPFoqqy4SIZWvdKLUyWLRm5KqKyivc4LCZ+TjeWfviI4QYwNd7izW0wZJqNH/C9eTL2H4UsbkNfodeJDgA" +
            "PoYKrOW5JYbW+cl5rAG6Q/76u1BQMePJureHrjOhgFD1OFILuxmNeL2IMm3eNqRdga/k3dENqAEQ2HLruB1CfpWj" +
            "SF7/LnvOpoOqHjTdVEWE+7j6PgBnYMwxbFudGMOnQt27mqFror8UuPb+uZJSJQCFXkJ+ihPCXTG1I27++zqCZVSO" +
            "beHKpAC5qrbrQnWLnCuJKqjjSXP/wHWGfOraCw6YpK7shE+AhASwnw19YxcvvQVdpZSmvYdgEewWJPYRMVy8yqv/" +
            "Md3oisl5/azb5Ufgd5K1k3JyW24qoHepBai+ak7rPcAS2ah9m/2axh07XIncet9qsELSlNbAUn4BKjx5Jwz2pj75" +
            "vxOmdPVVklRUBV/xaixKFJlTM3YUe4BaZR7lrmumoZSOTzKaksK/byYPWMu3vt1EVuJe9JNXvJTzo0YO/nmpbOLr" +
            "LmBFJGu7tDNmm0y9llnfV8CbrcF//sLkzvkh6V8nfusXQCdkWgz7oc6UlD56yam6TX94dFdhT7uGs/cDK56Bsmmw" +
            "mP+7fvy7Xfh1J2bVNPirjl+pvDjiLVPI/1mhGWjST/wbpllbccn0EjSxuM6z9rUp4qhXiKYb/mUdH63NPaQlYmQ6" +
            "VjxVaLl4LJ2RBdi3drvJ5zgUXUiQ1orLD/8H75reYTCetvUUe01bjwphkrlpk+ETjLO7lCbsUKlDbWCc7T7TytxI" +
            "M/VMD/Y8H0nfDhMX8CHwyFy1rzHwwinO+GYEGDAqdqe4x3ahXWFwQOB2U2PCISSECvlnPS5PzrnEnwjDxxogIa+H" +
            "K/WCD+UoRklD8DQoYIi+JmpX+OGSYjPSctrANXzwGifpfGR5WKNOmGa6VEgvZxEMP4huAWAFfWtHlm4lgLhE+0nL" +
            "BQRqkuab2fxQcRM7V8QxG3oTsls9MpkqtP0bQYnEqUMpUsPd1FI2j2mdHQoEbn0b/zkFziM/BimEawnNeKCtYt20" +
            "/mFSmCQayZeywXnnXFUgfuGW6EqbcloC8UEvJhJhupmkSeR0yn9mYCRCJRMBYjSOoVyW2iBC7aN4Q5eWgL08Ic+N" +
            "wXwleDgs3agggmtbPmECxOHbQvkre8DKQ52jDBNSEHpoFzJRzCGzZR9+1YyDhL6jQlxxC9DJF+6UHprci1wpSpD8" +
            "WweGpzwfZz0t2Hfbdo3Da0nKrMX7c4mihZ62+nv1tnOX0ttmAVGfGq7gzzIo6cXEVlYMABmFWwHlBPx4NufR69gj" +
            "mKWRUYoEoL8ld3t5iiiIBXepNXdwX2sl0gp4Hh78HcEoCZVaZEBLvxab6roSJuK5u/eP8KaTjZH4SZGCkDYXww6T" +
            "4uDgie3lF+RBruzDab83ZYDhCeYGr3wmLYrGxf+wO+RwTQrEeLyq/ZOoPgpEGlgCfLTbPyK0o/TbCY7YwDhNEtTP" +
            "XO92jTNWmokZwiQ8k6trZthFqt/EUJkOCMMObOM3yOyQeNu7xvxzGY7AfmW7kyCGi+1HjfmHDOcDRV4K8/Owp2Gb" +
            "pDANAn3Oge5mFPS6qZYIshzt+V5fc5wK5SVPYO+U6Q1ghY9PEKO0fN9nU6BvzBtNpbA+kytlhBr0NpIOiWz6E+kT" +
            "qGsglAo8PdOlzlHj1UMq9dIH/n6G+96qfBoCBH4M97UOfr380yRxgip2Nk3557c8H2lqi+hjBIKgPxUGLse4LAdg" +
            "xk9RLnyU7pDLk0UvIgfZZopB1Qa6sZzt2nbuAYAEZMkDbolMpE234rru5MgE2uhDCQdClD3cCJgwzSr3bt2+IYCl" +
            "3dwwfDKp+OrfQLQs6wqEL4YRV1EFan9GrIyvkwpr+uFS9Tahszjk0m2bw9S6+VSvbtCXCz4Wo1wB30jl80HWbglt" +
            "YZRQ24eA2Vu4UVfN4jKvYm7WD215At6sK8k0U899+u92aYLlFQR41kxqG4Y9AZ7wqv0wu0gqFlImaL7jpqeU5uMO" +
            "2Ty1+TJ1YKJg7xPXJ6SJObIgr3xB0gqfXcAABmVOKBLIl4Pi7c9cuGoWke8Xza7YJTmSTYY3MyvQTprosS62fIcQ" +
            "09dv1p4u15mjimDYycKo1HcN7UQdRdfZiDAWLogKdvCXSX+3/3Qk8sG4KKg88d2fGYwPKXfUkMvjweI9kjENkah6" +
            "ZCCnhit+f56zs9O8bH4CvTRix4wx50IR+D42n5VOy6EUJ2cQzwilHHMOeheWUD4gt/fSl2OT+JBQI24KhF6cI4lI" +
            "yWUUHcYUOij2ucsZt3EqxuzyMz9erbDK7BAXIEFegbG0tdbj5u4hKCqprskNJkhecn/tHyksL4SV4gAAAAAAAAAA" +
            "AAAABAsYHiUsMEUCIQDjDGCQCsAckjqaKf1W6a3d6b+cVZPGB9DWGJ526JHVlAIgbk6WbcRlk71g9ay0cjnnV57S" +
            "D9jlFuGe1Ll0N/g6oSA=");

    @Test
    void theDraftSignatureVerifiesWithOurProvider() throws Exception {
        assertThat(verifies(MESSAGE, SIGNATURE)).isTrue();
    }

    @Test
    void theDraftSignatureDoesNotVerifyAnotherMessage() throws Exception {
        assertThat(verifies("The quick brown fox jumps over the lazy cat.".getBytes(US_ASCII), SIGNATURE)).isFalse();
    }

    private static boolean verifies(byte[] message, byte[] signature) throws Exception {
        CompositeSignatureAlgorithm algorithm = CompositeSignatureAlgorithm.MLDSA65_ECDSA_P256;
        byte[] subjectPublicKeyInfo = new SubjectPublicKeyInfo(new AlgorithmIdentifier(algorithm.oid()), PUBLIC_KEY)
                .getEncoded(ASN1Encoding.DER);
        PublicKey key = KeyFactory.getInstance(algorithm.jcaName(), CryptoProvider.bouncyCastle())
                .generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo));
        Signature verifier = Signature.getInstance(algorithm.jcaName(), CryptoProvider.bouncyCastle());
        verifier.initVerify(key);
        verifier.update(message);
        return verifier.verify(signature);
    }
}
