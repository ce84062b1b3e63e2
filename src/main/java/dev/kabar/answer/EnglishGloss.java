package dev.kabar.answer;

import dev.kabar.retrieval.AliasTable;
import java.util.List;

/**
 * Indonesian forms of the English verbs and nouns news questions are most often built on, so an
 * English question's content words can be checked against Indonesian passages. Names, places and
 * topic words belong in the configurable alias table; this list only covers the question's verbs.
 * English words found in neither stay "soft": they cannot vouch for an answer.
 */
final class EnglishGloss {

    private EnglishGloss() {}

    static final AliasTable TABLE = AliasTable.parse(List.of(
            "mengatakan | say | says | said | tell | told | stated | state",
            "memperingatkan | warn | warns | warned | warning",
            "menandatangani | sign | signs",
            "mengunjungi | visit | visits | visited",
            "mengirim | send | sends | sent | ship | shipped | supply | supplied",
            "memanggil | summon | summons | summoned",
            "meminta | ask | asks | asked | request | requested | demand | demanded | urge | urged",
            "membatalkan | cancel | cancelled | canceled | revoke | revoked | scrap",
            "bertemu | meet | meets | met | meeting",
            "tiba | arrive | arrives | arrived",
            "mendukung | support | supports | supported | back | backed",
            "menolak | reject | rejected | refuse | refused | deny | denied",
            "mengumumkan | announce | announced",
            "menuduh | accuse | accused",
            "mengkritik | criticise | criticize | criticised | criticized",
            "menyebut | call | calls | called | describe | described",
            "menyatakan | declare | declared",
            "mengecam | condemn | condemned",
            "memuji | praise | praised",
            "berjanji | promise | promised | pledge | pledged",
            "menggantikan | replace | replaced",
            "melanggar | violate | violates | violated | breach",
            "membantu | help | helps | helped | assist",
            "mengancam | threaten | threatened | threat",
            "mempertimbangkan | consider | considering | considered",
            "meningkatkan | increase | increased | boost | upgrade",
            "tahun | year | years",
            "negara | country | countries | state | states",
            "tentara | soldiers | troops | army"));
}
