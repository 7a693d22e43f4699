<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Engine</name>
    <message>
        <source>No such layer</source>
        <translation>Cette couche n&apos;existe pas</translation>
    </message>
    <message>
        <source>No such port</source>
        <translation>Ce port n&apos;existe pas</translation>
    </message>
    <message>
        <source>The input is already connected</source>
        <translation>L&apos;entrée est déjà connectée</translation>
    </message>
    <message>
        <source>A layer cannot feed itself</source>
        <translation>Une couche ne peut pas s&apos;alimenter elle-même</translation>
    </message>
    <message>
        <source>The wires would form a loop</source>
        <translation>Les liens formeraient une boucle</translation>
    </message>
    <message>
        <source>The wire exists already</source>
        <translation>Ce lien existe déjà</translation>
    </message>
    <message>
        <source>No such attribute</source>
        <translation>Cet attribut n&apos;existe pas</translation>
    </message>
    <message>
        <source>An attribute has the wrong type</source>
        <translation>Un attribut a le mauvais type</translation>
    </message>
    <message>
        <source>An attribute is out of range</source>
        <translation>Un attribut est hors limites</translation>
    </message>
    <message>
        <source>An input is not connected</source>
        <translation>Une entrée n&apos;est pas connectée</translation>
    </message>
    <message>
        <source>The shapes do not fit</source>
        <translation>Les formes ne correspondent pas</translation>
    </message>
    <message>
        <source>No Input layer</source>
        <translation>Aucune couche Input</translation>
    </message>
    <message>
        <source>More than one Input layer</source>
        <translation>Plus d&apos;une couche Input</translation>
    </message>
    <message>
        <source>No output</source>
        <translation>Aucune sortie</translation>
    </message>
    <message>
        <source>More than one output</source>
        <translation>Plus d&apos;une sortie</translation>
    </message>
    <message>
        <source>An invalid setting</source>
        <translation>Un réglage non valide</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>The file cannot be written</source>
        <translation>Le fichier ne peut pas être écrit</translation>
    </message>
    <message>
        <source>The file is not valid JSON</source>
        <translation>Le fichier n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>A field has the wrong type</source>
        <translation>Un champ a le mauvais type</translation>
    </message>
    <message>
        <source>A field is missing</source>
        <translation>Un champ manque</translation>
    </message>
    <message>
        <source>A value is not allowed</source>
        <translation>Une valeur n&apos;est pas autorisée</translation>
    </message>
    <message>
        <source>Unknown layer kind</source>
        <translation>Type de couche inconnu</translation>
    </message>
    <message>
        <source>Unsupported file version</source>
        <translation>Version de fichier non prise en charge</translation>
    </message>
    <message>
        <source>The data does not fit the network</source>
        <translation>Les données ne correspondent pas au réseau</translation>
    </message>
    <message>
        <source>The data is not scaled</source>
        <translation>Les données ne sont pas mises à l&apos;échelle</translation>
    </message>
    <message>
        <source>Training diverged</source>
        <translation>L&apos;entraînement a divergé</translation>
    </message>
    <message>
        <source>The loss does not fit the output</source>
        <translation>La perte ne correspond pas à la sortie</translation>
    </message>
    <message>
        <source>The format cannot express this model</source>
        <translation>Le format ne peut pas exprimer ce modèle</translation>
    </message>
    <message>
        <source>The exported model failed its check</source>
        <translation>Le modèle exporté a échoué à sa vérification</translation>
    </message>
    <message>
        <source>Dense expects a flat input, got %1: insert Flatten before it</source>
        <translation>Dense attend une entrée plate, reçu %1 : insérez Flatten avant</translation>
    </message>
    <message>
        <source>A node id must be a positive number</source>
        <translation>L&apos;identifiant d&apos;un nœud doit être un nombre positif</translation>
    </message>
    <message>
        <source>Node id %1 is used twice</source>
        <translation>L&apos;identifiant de nœud %1 est utilisé deux fois</translation>
    </message>
    <message>
        <source>A node needs a name</source>
        <translation>Un nœud a besoin d&apos;un nom</translation>
    </message>
    <message>
        <source>The name &apos;%1&apos; is used by another node</source>
        <translation>Le nom &apos;%1&apos; est déjà utilisé par un autre nœud</translation>
    </message>
    <message>
        <source>The Input layer &apos;%1&apos; cannot be disabled</source>
        <translation>La couche Input &apos;%1&apos; ne peut pas être désactivée</translation>
    </message>
    <message>
        <source>%1 has %2 attributes, got %3</source>
        <translation>%1 a %2 attributs, reçu %3</translation>
    </message>
    <message>
        <source>There is no node %1</source>
        <translation>Il n&apos;y a pas de nœud %1</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has 1 output, not port %3</source>
        <translation>%1 &apos;%2&apos; a une seule sortie, pas de port %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has %3 input, so input port %4 does not exist</source>
        <translation>%1 &apos;%2&apos; a %3 entrée, le port d&apos;entrée %4 n&apos;existe donc pas</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has %3 inputs, so input port %4 does not exist</source>
        <translation>%1 &apos;%2&apos; a %3 entrées, le port d&apos;entrée %4 n&apos;existe donc pas</translation>
    </message>
    <message>
        <source>A layer cannot feed itself: &apos;%1&apos;</source>
        <translation>Une couche ne peut pas s&apos;alimenter elle-même : &apos;%1&apos;</translation>
    </message>
    <message>
        <source>These ports are already connected</source>
        <translation>Ces ports sont déjà connectés</translation>
    </message>
    <message>
        <source>Input %1 of &apos;%2&apos; is already fed by &apos;%3&apos;: disconnect it first</source>
        <translation>L&apos;entrée %1 de &apos;%2&apos; est déjà alimentée par &apos;%3&apos; : déconnectez-la d&apos;abord</translation>
    </message>
    <message>
        <source>Connecting &apos;%1&apos; to &apos;%2&apos; would make a cycle: &apos;%2&apos; already feeds &apos;%1&apos;</source>
        <translation>Connecter &apos;%1&apos; à &apos;%2&apos; créerait un cycle : &apos;%2&apos; alimente déjà &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; outputs %2, which %3 &apos;%4&apos; cannot take. %5</source>
        <translation>&apos;%1&apos; produit %2, que %3 &apos;%4&apos; ne peut pas recevoir. %5</translation>
    </message>
    <message>
        <source>These ports are not connected</source>
        <translation>Ces ports ne sont pas connectés</translation>
    </message>
    <message>
        <source>%1 has no attribute &apos;%2&apos;</source>
        <translation>%1 n&apos;a pas d&apos;attribut &apos;%2&apos;</translation>
    </message>
    <message>
        <source>The wire to fix no longer exists</source>
        <translation>Le fil à corriger n&apos;existe plus</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has nothing connected to its input &apos;%3&apos;: connect a layer to it</source>
        <translation>Rien n&apos;est connecté à l&apos;entrée &apos;%3&apos; de %1 &apos;%2&apos; : connectez-y une couche</translation>
    </message>
    <message>
        <source>The network has no Input layer: add one</source>
        <translation>Le réseau n&apos;a pas de couche Input : ajoutez-en une</translation>
    </message>
    <message>
        <source>The network has %1 Input layers (%2); it needs exactly one</source>
        <translation>Le réseau a %1 couches Input (%2) ; il en faut exactement une</translation>
    </message>
    <message>
        <source>The network has %1 unconnected outputs (%2); connect them so one layer is the output</source>
        <translation>Le réseau a %1 sorties non connectées (%2) ; connectez-les pour qu&apos;une seule couche soit la sortie</translation>
    </message>
    <message>
        <source>The network has no layer after its Input: add one</source>
        <translation>Le réseau n&apos;a aucune couche après son Input : ajoutez-en une</translation>
    </message>
    <message>
        <source>Add needs two inputs of the same shape, got %1 and %2</source>
        <translation>Add a besoin de deux entrées de même forme, reçu %1 et %2</translation>
    </message>
    <message>
        <source>Concat joins along the first dimension (channels or features) and needs the others equal, got %1 and %2</source>
        <translation>Concat joint selon la première dimension (canaux ou caractéristiques) et exige que les autres soient égales, reçu %1 et %2</translation>
    </message>
    <message>
        <source>Softmax expects a flat input, got %1: insert Flatten before it</source>
        <translation>Softmax attend une entrée plate, reçu %1 : insérez Flatten avant</translation>
    </message>
    <message>
        <source>%1 expects a channels×height×width input, got %2: insert Reshape before it</source>
        <translation>%1 attend une entrée canaux×hauteur×largeur, reçu %2 : insérez Reshape avant</translation>
    </message>
    <message>
        <source>%1 expects a channels×height×width input, got %2</source>
        <translation>%1 attend une entrée canaux×hauteur×largeur, reçu %2</translation>
    </message>
    <message>
        <source>%1&apos;s %2×%2 window (dilation %3, spanning %4) does not fit the %5×%6 input: use &apos;same&apos; padding or a smaller window</source>
        <translation>La fenêtre %2×%2 de %1 (dilatation %3, étendue %4) ne tient pas dans l&apos;entrée %5×%6 : utilisez le padding &apos;same&apos; ou une fenêtre plus petite</translation>
    </message>
    <message>
        <source>%1&apos;s %2×%2 window does not fit the %3×%4 input: use &apos;same&apos; padding or a smaller window</source>
        <translation>La fenêtre %2×%2 de %1 ne tient pas dans l&apos;entrée %3×%4 : utilisez le padding &apos;same&apos; ou une fenêtre plus petite</translation>
    </message>
    <message>
        <source>Reshape cannot make %1 (%2 values) into %3 (%4 values): the sizes must be equal</source>
        <translation>Reshape ne peut pas transformer %1 (%2 valeurs) en %3 (%4 valeurs) : les tailles doivent être égales</translation>
    </message>
    <message>
        <source>Adds two inputs of the same shape value by value: the skip connection of a residual block.</source>
        <translation>Additionne valeur par valeur deux entrées de même forme : la connexion résiduelle d&apos;un bloc résiduel.</translation>
    </message>
    <message>
        <source>Averages each window: a smaller, smoother image.</source>
        <translation>Fait la moyenne de chaque fenêtre : une image plus petite et plus lisse.</translation>
    </message>
    <message>
        <source>Normalises each feature (after Dense) or channel (after Conv2D) over the batch, then scales and shifts it; uses running averages at inference.</source>
        <translation>Normalise chaque caractéristique (après Dense) ou canal (après Conv2D) sur le lot, puis la met à l&apos;échelle et la décale ; utilise des moyennes glissantes à l&apos;inférence.</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>How much of the running mean and variance each training step keeps</source>
        <translation>Part de la moyenne et de la variance glissantes que garde chaque pas d&apos;entraînement</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>Added to the variance so a constant feature does not divide by zero</source>
        <translation>Ajouté à la variance pour qu&apos;une caractéristique constante ne divise pas par zéro</translation>
    </message>
    <message>
        <source>Joins two inputs: images along their channels, flat inputs along their features (the branches of an Inception block).</source>
        <translation>Joint deux entrées : les images selon leurs canaux, les entrées plates selon leurs caractéristiques (les branches d&apos;un bloc Inception).</translation>
    </message>
    <message>
        <source>Slides learned filters over an image; each filter makes one output channel.</source>
        <translation>Fait glisser des filtres appris sur une image ; chaque filtre produit un canal de sortie.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Number of filters, the output channels</source>
        <translation>Nombre de filtres, les canaux de sortie</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>Taille du noyau</translation>
    </message>
    <message>
        <source>Height and width of each square filter</source>
        <translation>Hauteur et largeur de chaque filtre carré</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Step between two filter positions</source>
        <translation>Pas entre deux positions du filtre</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>valid: only where the filter fits; same: pad with zeros so the output is ⌈input/stride⌉</source>
        <translation>valid : seulement là où le filtre tient ; same : compléter par des zéros pour que la sortie soit ⌈entrée/pas⌉</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>Dilatation</translation>
    </message>
    <message>
        <source>Spacing between the filter&apos;s taps; above 1 widens its view</source>
        <translation>Espacement entre les points du filtre ; au-delà de 1, il élargit son champ</translation>
    </message>
    <message>
        <source>Use bias</source>
        <translation>Utiliser un biais</translation>
    </message>
    <message>
        <source>Add a learned bias to every output channel</source>
        <translation>Ajouter un biais appris à chaque canal de sortie</translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation>Initialisation</translation>
    </message>
    <message>
        <source>How W is drawn: He for the ReLU family (the usual choice after a convolution), Glorot for tanh/sigmoid</source>
        <translation>Comment W est tiré : He pour la famille ReLU (le choix habituel après une convolution), Glorot pour tanh/sigmoid</translation>
    </message>
    <message>
        <source>Fully connected: every output neuron weighs every input.</source>
        <translation>Entièrement connectée : chaque neurone de sortie pondère chaque entrée.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Number of output neurons</source>
        <translation>Nombre de neurones de sortie</translation>
    </message>
    <message>
        <source>Add a learned bias b to every output</source>
        <translation>Ajouter un biais appris b à chaque sortie</translation>
    </message>
    <message>
        <source>How W is drawn: Glorot for tanh/sigmoid, He for the ReLU family</source>
        <translation>Comment W est tiré : Glorot pour tanh/sigmoid, He pour la famille ReLU</translation>
    </message>
    <message>
        <source>While training, zeroes random values so the network cannot rely on any one of them; does nothing at inference.</source>
        <translation>Pendant l&apos;entraînement, met à zéro des valeurs au hasard pour que le réseau ne dépende d&apos;aucune d&apos;elles ; sans effet à l&apos;inférence.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Probability p that a value is dropped in a training step</source>
        <translation>Probabilité p qu&apos;une valeur soit abandonnée lors d&apos;un pas d&apos;entraînement</translation>
    </message>
    <message>
        <source>Exponential linear unit: like ReLU, but negative values bend smoothly towards -α.</source>
        <translation>Unité linéaire exponentielle : comme ReLU, mais les valeurs négatives s&apos;infléchissent doucement vers -α.</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>The value negative inputs tend to is -α</source>
        <translation>La valeur vers laquelle tendent les entrées négatives est -α</translation>
    </message>
    <message>
        <source>Lays an image&apos;s values out in one row, so a Dense layer can read them.</source>
        <translation>Aligne les valeurs d&apos;une image sur une seule ligne, pour qu&apos;une couche Dense puisse les lire.</translation>
    </message>
    <message>
        <source>Gaussian error linear unit: a smooth ReLU used by transformers.</source>
        <translation>Unité linéaire à erreur gaussienne : un ReLU lisse utilisé par les transformers.</translation>
    </message>
    <message>
        <source>Averages each channel over the whole image: one value per channel, whatever the image size.</source>
        <translation>Fait la moyenne de chaque canal sur toute l&apos;image : une valeur par canal, quelle que soit la taille de l&apos;image.</translation>
    </message>
    <message>
        <source>Passes its input on unchanged (a linear activation): a named point to branch from or probe.</source>
        <translation>Transmet son entrée sans la modifier (une activation linéaire) : un point nommé d&apos;où bifurquer ou sonder.</translation>
    </message>
    <message>
        <source>Where samples enter the network; its shape is the shape of one sample.</source>
        <translation>Là où les exemples entrent dans le réseau ; sa forme est celle d&apos;un exemple.</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>The shape of one sample: features, or channels×height×width</source>
        <translation>La forme d&apos;un exemple : caractéristiques, ou canaux×hauteur×largeur</translation>
    </message>
    <message>
        <source>Normalises each sample over all its values, then scales and shifts each value; independent of the batch.</source>
        <translation>Normalise chaque exemple sur toutes ses valeurs, puis met à l&apos;échelle et décale chaque valeur ; indépendant du lot.</translation>
    </message>
    <message>
        <source>Added to the variance so a constant sample does not divide by zero</source>
        <translation>Ajouté à la variance pour qu&apos;un exemple constant ne divise pas par zéro</translation>
    </message>
    <message>
        <source>Like ReLU, but negative values keep a small slope so neurons never die.</source>
        <translation>Comme ReLU, mais les valeurs négatives gardent une petite pente pour que les neurones ne meurent jamais.</translation>
    </message>
    <message>
        <source>Slope α</source>
        <translation>Pente α</translation>
    </message>
    <message>
        <source>Slope for negative inputs</source>
        <translation>Pente pour les entrées négatives</translation>
    </message>
    <message>
        <source>Keeps the largest value of each window: a smaller image that keeps the strongest responses.</source>
        <translation>Garde la plus grande valeur de chaque fenêtre : une image plus petite qui conserve les réponses les plus fortes.</translation>
    </message>
    <message>
        <source>Rectified linear unit: passes positive values, zeroes negative ones.</source>
        <translation>Unité linéaire rectifiée : laisse passer les valeurs positives, met les négatives à zéro.</translation>
    </message>
    <message>
        <source>Gives the same values another shape of the same size, e.g. 784 as a 1×28×28 image.</source>
        <translation>Donne aux mêmes valeurs une autre forme de même taille, p. ex. 784 en image 1×28×28.</translation>
    </message>
    <message>
        <source>Target shape</source>
        <translation>Forme cible</translation>
    </message>
    <message>
        <source>The shape of one output sample: features, or channels×height×width</source>
        <translation>La forme d&apos;un exemple en sortie : caractéristiques, ou canaux×hauteur×largeur</translation>
    </message>
    <message>
        <source>Squashes any value into (0, 1); the classic output for yes/no answers.</source>
        <translation>Comprime toute valeur dans (0, 1) ; la sortie classique pour les réponses oui/non.</translation>
    </message>
    <message>
        <source>Turns scores into probabilities that sum to 1; the usual output for classes.</source>
        <translation>Transforme des scores en probabilités dont la somme vaut 1 ; la sortie habituelle pour des classes.</translation>
    </message>
    <message>
        <source>Pool size</source>
        <translation>Taille du pool</translation>
    </message>
    <message>
        <source>Height and width of the square window</source>
        <translation>Hauteur et largeur de la fenêtre carrée</translation>
    </message>
    <message>
        <source>Step between two windows; equal to the pool size, they tile</source>
        <translation>Pas entre deux fenêtres ; égal à la taille du pool, elles se juxtaposent</translation>
    </message>
    <message>
        <source>valid: only whole windows; same: windows overhang the border so the output is ⌈input/stride⌉ (the overhang is ignored)</source>
        <translation>valid : seulement des fenêtres entières ; same : les fenêtres débordent du bord pour que la sortie soit ⌈entrée/pas⌉ (le débord est ignoré)</translation>
    </message>
    <message>
        <source>Swish, also called SiLU: x gated by its own sigmoid; smooth and non-monotonic.</source>
        <translation>Swish, aussi appelée SiLU : x modulé par sa propre sigmoïde ; lisse et non monotone.</translation>
    </message>
    <message>
        <source>Squashes any value into (−1, 1), centred on zero.</source>
        <translation>Comprime toute valeur dans (−1, 1), centrée sur zéro.</translation>
    </message>
    <message numerus="yes">
        <source>neurons</source>
        <translation>
            <numerusform>neurone</numerusform>
            <numerusform>neurones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>channels</source>
        <translation>
            <numerusform>canal</numerusform>
            <numerusform>canaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pixels</source>
        <translation>
            <numerusform>pixel</numerusform>
            <numerusform>pixels</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no such layer</source>
        <translation>Cette couche n&apos;existe pas</translation>
    </message>
    <message>
        <source>Only a layer with one input wire can be deleted and its wires joined; &apos;%1&apos; has %2</source>
        <translation>Seule une couche avec un seul fil d&apos;entrée peut être supprimée en raccordant ses fils&#xa0;; &apos;%1&apos; en a %2</translation>
    </message>
    <message>
        <source>Without &apos;%1&apos;, &apos;%2&apos; cannot take what &apos;%3&apos; gives: %4</source>
        <translation>Sans &apos;%1&apos;, &apos;%2&apos; ne peut pas recevoir ce que &apos;%3&apos; produit&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not installed: the folder %2 does not exist. Install it with `sudo apt-get install %3` (or `make deps` in the source tree)</source>
        <translation>%1 n&apos;est pas installé&#xa0;: le dossier %2 n&apos;existe pas. Installez-le avec `sudo apt-get install %3` (ou `make deps` dans les sources)</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds numbers, but line %2 has %3; expected a number such as 3 or -0.5</source>
        <translation>La colonne &apos;%1&apos; contient des nombres, mais la ligne %2 contient %3&#xa0;; un nombre comme 3 ou -0.5 est attendu</translation>
    </message>
    <message>
        <source>%1: line %2, column %3 (%4)</source>
        <translation>%1&#xa0;: ligne %2, colonne %3 (%4)</translation>
    </message>
    <message>
        <source>%1: line %2</source>
        <translation>%1&#xa0;: ligne %2</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, more than the %3 expected (%4); a field with the delimiter in it must be quoted</source>
        <translation>La ligne %1 a %2 champs, plus que les %3 attendus (%4)&#xa0;; un champ qui contient le séparateur doit être entre guillemets</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, fewer than the %3 expected (%4)</source>
        <translation>La ligne %1 a %2 champs, moins que les %3 attendus (%4)</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; is missing on line %2; a target cannot be filled in: skip the rows with missing values instead</source>
        <translation>La cible &apos;%1&apos; manque à la ligne %2&#xa0;; une cible ne peut pas être complétée&#xa0;: ignorez plutôt les lignes avec des valeurs manquantes</translation>
    </message>
    <message>
        <source>%1 value is missing, the first on line %2 in column &apos;%3&apos;; choose to skip the rows with a missing value or to fill each with its column&apos;s mean</source>
        <translation>%1 valeur manque, la première à la ligne %2 dans la colonne &apos;%3&apos;&#xa0;; choisissez d&apos;ignorer les lignes avec une valeur manquante ou de remplir chacune avec la moyenne de sa colonne</translation>
    </message>
    <message>
        <source>%1 values are missing, the first on line %2 in column &apos;%3&apos;; choose to skip the rows with a missing value or to fill each with its column&apos;s mean</source>
        <translation>%1 valeurs manquent, la première à la ligne %2 dans la colonne &apos;%3&apos;&#xa0;; choisissez d&apos;ignorer les lignes avec une valeur manquante ou de remplir chacune avec la moyenne de sa colonne</translation>
    </message>
    <message>
        <source>Every one of the %1 rows has a missing value, so skipping them leaves no data</source>
        <translation>Chacune des %1 lignes a une valeur manquante&#xa0;: les ignorer ne laisse aucune donnée</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has the value %2 on line %3, which the data set&apos;s encoding does not know; expected one of %4</source>
        <translation>La colonne &apos;%1&apos; a la valeur %2 à la ligne %3, que l&apos;encodage du jeu de données ne connaît pas&#xa0;; valeurs attendues&#xa0;: %4</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; is %2 on line %3, not one of the classes the model knows: %4</source>
        <translation>La cible &apos;%1&apos; vaut %2 à la ligne %3, ce qui n&apos;est pas une des classes que le modèle connaît&#xa0;: %4</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>octet %1</translation>
    </message>
    <message>
        <source>it is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8</source>
        <translation>c&apos;est du texte UTF-16 (il commence par une marque d&apos;ordre des octets UTF-16)&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>it is a ZIP archive (an .xlsx or .ods spreadsheet?), not text</source>
        <translation>c&apos;est une archive ZIP (un tableur .xlsx ou .ods&#xa0;?), pas du texte</translation>
    </message>
    <message>
        <source>it is gzip-compressed; decompress it first</source>
        <translation>il est compressé avec gzip&#xa0;; décompressez-le d&apos;abord</translation>
    </message>
    <message>
        <source>it is an old Office document (an .xls spreadsheet?), not text</source>
        <translation>c&apos;est un ancien document Office (un tableur .xls&#xa0;?), pas du texte</translation>
    </message>
    <message>
        <source>it is an image, not text</source>
        <translation>c&apos;est une image, pas du texte</translation>
    </message>
    <message>
        <source>it looks like UTF-16 text; save it as UTF-8</source>
        <translation>il ressemble à du texte UTF-16&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>it looks like a binary file, not text</source>
        <translation>il ressemble à un fichier binaire, pas à du texte</translation>
    </message>
    <message>
        <source>The file has a NUL byte at line %1, column %2, so it is not a CSV text file: %3</source>
        <translation>Le fichier contient un octet NUL à la ligne %1, colonne %2&#xa0;: ce n&apos;est donc pas un fichier texte CSV&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: line %2, column %3</source>
        <translation>%1&#xa0;: ligne %2, colonne %3</translation>
    </message>
    <message>
        <source>Field %1 opens a quote that is never closed; expected a closing &apos;&quot;&apos; before the end of the file</source>
        <translation>Le champ %1 ouvre un guillemet qui n&apos;est jamais fermé&#xa0;; un &apos;&quot;&apos; fermant est attendu avant la fin du fichier</translation>
    </message>
    <message>
        <source>Field %1 has %2 after its closing quote; expected the delimiter or the end of the line (write a quote inside a quoted field as &quot;&quot;)</source>
        <translation>Le champ %1 contient %2 après son guillemet fermant&#xa0;; le séparateur ou la fin de la ligne est attendu (écrivez un guillemet dans un champ entre guillemets sous la forme &quot;&quot;)</translation>
    </message>
    <message>
        <source>%1: column %2 (%3)</source>
        <translation>%1&#xa0;: colonne %2 (%3)</translation>
    </message>
    <message>
        <source>the header has %1</source>
        <translation>l&apos;en-tête en a %1</translation>
    </message>
    <message>
        <source>the first line has %1</source>
        <translation>la première ligne en a %1</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both named %3; each column needs its own name</source>
        <translation>Les colonnes %1 et %2 s&apos;appellent toutes deux %3&#xa0;; chaque colonne a besoin de son propre nom</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; must hold numbers for a regression</source>
        <translation>La cible &apos;%1&apos; doit contenir des nombres pour une régression</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds numbers (%2 of them)</source>
        <translation>La colonne &apos;%1&apos; contient des nombres (%2)</translation>
    </message>
    <message>
        <source>%1, but line %2 has %3 and %4 more rows have text; expected a number such as 3 or -0.5</source>
        <translation>%1, mais la ligne %2 contient %3 et %4 autres lignes contiennent du texte&#xa0;; un nombre comme 3 ou -0.5 est attendu</translation>
    </message>
    <message>
        <source>%1, but line %2 has %3; expected a number such as 3 or -0.5</source>
        <translation>%1, mais la ligne %2 contient %3&#xa0;; un nombre comme 3 ou -0.5 est attendu</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has no values at all; leave it out of the features</source>
        <translation>La colonne &apos;%1&apos; n&apos;a aucune valeur&#xa0;; retirez-la des caractéristiques</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has more than %2 different text values; one-hot encoding would add a feature for each. Leave it out of the features (an identifier or free text rarely helps)</source>
        <translation>La colonne &apos;%1&apos; a plus de %2 valeurs textuelles différentes&#xa0;; l&apos;encodage one-hot ajouterait une caractéristique pour chacune. Retirez-la des caractéristiques (un identifiant ou du texte libre aide rarement)</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; has more than %2 different values, too many classes; a numeric target can be learnt as regression</source>
        <translation>La cible &apos;%1&apos; a plus de %2 valeurs différentes, trop de classes&#xa0;; une cible numérique peut être apprise par régression</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; has only one class (%2) in its %3 rows; classification needs at least two</source>
        <translation>La cible &apos;%1&apos; n&apos;a qu&apos;une classe (%2) dans ses %3 lignes&#xa0;; une classification en demande au moins deux</translation>
    </message>
    <message>
        <source>The file has no data; expected a header line and rows of values</source>
        <translation>Le fichier ne contient aucune donnée&#xa0;; une ligne d&apos;en-tête et des lignes de valeurs sont attendues</translation>
    </message>
    <message>
        <source>No column is left for the features besides the target</source>
        <translation>Il ne reste aucune colonne pour les caractéristiques en dehors de la cible</translation>
    </message>
    <message>
        <source>%1 rows of %2 features are more than %3 values, too many to hold in memory</source>
        <translation>%1 lignes de %2 caractéristiques font plus de %3 valeurs, trop pour tenir en mémoire</translation>
    </message>
    <message>
        <source>The data set&apos;s saved encoding cannot be used: %1</source>
        <translation>L&apos;encodage enregistré du jeu de données est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>the delimiter cannot be a quote or a line break</source>
        <translation>le séparateur ne peut pas être un guillemet ni un saut de ligne</translation>
    </message>
    <message>
        <source>it has no feature columns</source>
        <translation>il n&apos;a aucune colonne de caractéristique</translation>
    </message>
    <message>
        <source>the feature column %1 is not one of its columns</source>
        <translation>la colonne de caractéristique %1 ne fait pas partie de ses colonnes</translation>
    </message>
    <message>
        <source>the categories of %1 must be distinct and sorted</source>
        <translation>les catégories de %1 doivent être distinctes et triées</translation>
    </message>
    <message>
        <source>it has fewer than two classes</source>
        <translation>il a moins de deux classes</translation>
    </message>
    <message>
        <source>The delimiter cannot be a quote or a line break; expected a comma, a semicolon or a tab</source>
        <translation>Le séparateur ne peut pas être un guillemet ni un saut de ligne&#xa0;; une virgule, un point-virgule ou une tabulation est attendu</translation>
    </message>
    <message>
        <source>The file has a header but no rows of data; expected at least one line of values</source>
        <translation>Le fichier a un en-tête mais aucune ligne de données&#xa0;; au moins une ligne de valeurs est attendue</translation>
    </message>
    <message>
        <source>There is no column %1 to predict; the columns are %2</source>
        <translation>Il n&apos;y a pas de colonne %1 à prédire&#xa0;; les colonnes sont %2</translation>
    </message>
    <message>
        <source>There is no column %1 to leave out; the columns are %2</source>
        <translation>Il n&apos;y a pas de colonne %1 à exclure&#xa0;; les colonnes sont %2</translation>
    </message>
    <message>
        <source>The header has no column %1, which the model reads; the columns are %2</source>
        <translation>L&apos;en-tête n&apos;a pas de colonne %1, que le modèle lit pourtant&#xa0;; les colonnes sont %2</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; expected %3 (%4), or one fewer without the target</source>
        <translation>La ligne %1 a %2 champs&#xa0;; %3 sont attendus (%4), ou un de moins sans la cible</translation>
    </message>
    <message>
        <source>A %1 data set needs the path of its data</source>
        <translation>Un jeu de données %1 a besoin du chemin de ses données</translation>
    </message>
    <message>
        <source>A synthetic data set needs at least 2 samples, got %1</source>
        <translation>Un jeu de données synthétique a besoin d&apos;au moins 2 exemples, reçu %1</translation>
    </message>
    <message>
        <source>Unknown data set source</source>
        <translation>Source de jeu de données inconnue</translation>
    </message>
    <message>
        <source>zlib could not start</source>
        <translation>zlib n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>le fichier est tronqué</translation>
    </message>
    <message>
        <source>the compressed data ends early</source>
        <translation>les données compressées s&apos;arrêtent trop tôt</translation>
    </message>
    <message>
        <source>The gzip data is corrupt after %1 compressed bytes: %2</source>
        <translation>Les données gzip sont corrompues après %1 octets compressés&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file inflates to more than %1 bytes</source>
        <translation>Le fichier décompressé dépasse %1 octets</translation>
    </message>
    <message>
        <source>%1: byte %2</source>
        <translation>%1&#xa0;: octet %2</translation>
    </message>
    <message>
        <source>The file is %1 bytes long; an IDX file starts with a 4-byte magic number</source>
        <translation>Le fichier fait %1 octets&#xa0;; un fichier IDX commence par un nombre magique de 4 octets</translation>
    </message>
    <message>
        <source>Not an IDX file: the magic number must start with 00 00, got %1 %2</source>
        <translation>Ce n&apos;est pas un fichier IDX&#xa0;: le nombre magique doit commencer par 00 00, reçu %1 %2</translation>
    </message>
    <message>
        <source>Unknown IDX value type code %1; expected 8, 9, 11, 12, 13 or 14</source>
        <translation>Code de type de valeur IDX inconnu %1&#xa0;; 8, 9, 11, 12, 13 ou 14 est attendu</translation>
    </message>
    <message>
        <source>IDX rank %1 is not 1 to 4</source>
        <translation>Le rang IDX %1 n&apos;est pas compris entre 1 et 4</translation>
    </message>
    <message>
        <source>The header needs %1 bytes, the file has %2</source>
        <translation>L&apos;en-tête a besoin de %1 octets, le fichier en a %2</translation>
    </message>
    <message>
        <source>The dimensions describe more than %1 bytes of data</source>
        <translation>Les dimensions décrivent plus de %1 octets de données</translation>
    </message>
    <message>
        <source>The header promises %1 %2 values (%3 bytes in all) but the file has %4 bytes</source>
        <translation>L&apos;en-tête annonce %1 valeurs %2 (%3 octets en tout) mais le fichier fait %4 octets</translation>
    </message>
    <message>
        <source>IDX images need 2 to 4 dimensions (count, height, width), got %1</source>
        <translation>Les images IDX ont besoin de 2 à 4 dimensions (nombre, hauteur, largeur), reçu %1</translation>
    </message>
    <message>
        <source>There are %1 images but %2 labels</source>
        <translation>Il y a %1 images mais %2 étiquettes</translation>
    </message>
    <message>
        <source>There are %1 images but no list of labels</source>
        <translation>Il y a %1 images mais aucune liste d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Label %1 is %2; labels must be whole numbers from 0</source>
        <translation>L&apos;étiquette %1 vaut %2&#xa0;; les étiquettes doivent être des nombres entiers à partir de 0</translation>
    </message>
    <message>
        <source>The images are %1 but those of %2 are %3</source>
        <translation>Les images font %1 mais celles de %2 font %3</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>Le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>An MNIST-format folder needs train-images-idx3-ubyte and train-labels-idx1-ubyte (each may end in .gz); %1 lacks the labels</source>
        <translation>Un dossier au format MNIST a besoin de train-images-idx3-ubyte et train-labels-idx1-ubyte (chacun peut finir par .gz)&#xa0;; il manque les étiquettes dans %1</translation>
    </message>
    <message>
        <source>An MNIST-format folder needs train-images-idx3-ubyte and train-labels-idx1-ubyte (each may end in .gz); %1 lacks the images</source>
        <translation>Un dossier au format MNIST a besoin de train-images-idx3-ubyte et train-labels-idx1-ubyte (chacun peut finir par .gz)&#xa0;; il manque les images dans %1</translation>
    </message>
    <message>
        <source>The PNG image is truncated: it ends at byte %1 inside a chunk header, before the IEND chunk that closes a PNG file</source>
        <translation>L&apos;image PNG est tronquée&#xa0;: elle s&apos;arrête à l&apos;octet %1 dans un en-tête de bloc, avant le bloc IEND qui termine un fichier PNG</translation>
    </message>
    <message>
        <source>The PNG image is truncated: the chunk at byte %1 declares %2 bytes of data but only %3 follow</source>
        <translation>L&apos;image PNG est tronquée&#xa0;: le bloc à l&apos;octet %1 annonce %2 octets de données mais seuls %3 suivent</translation>
    </message>
    <message>
        <source>The JPEG image is corrupt: the Huffman table at byte %1 declares %2 codes; at most 256 are possible</source>
        <translation>L&apos;image JPEG est corrompue&#xa0;: la table de Huffman à l&apos;octet %1 annonce %2 codes&#xa0;; 256 au plus sont possibles</translation>
    </message>
    <message>
        <source>The image size %1x%2 is out of range; width and height must be 1 to %3</source>
        <translation>La taille d&apos;image %1x%2 est hors limites&#xa0;; la largeur et la hauteur doivent aller de 1 à %3</translation>
    </message>
    <message>
        <source>The image file is empty</source>
        <translation>Le fichier image est vide</translation>
    </message>
    <message>
        <source>The image file is %1 bytes, too large to decode</source>
        <translation>Le fichier image fait %1 octets, trop pour être décodé</translation>
    </message>
    <message>
        <source>Not a readable PNG, JPEG or BMP image (%1); expected one of these formats, uncorrupted</source>
        <translation>Ce n&apos;est pas une image PNG, JPEG ou BMP lisible (%1)&#xa0;; l&apos;un de ces formats est attendu, sans corruption</translation>
    </message>
    <message>
        <source>The image header declares %1x%2 pixels; at most %3 pixels are accepted</source>
        <translation>L&apos;en-tête de l&apos;image annonce %1x%2 pixels&#xa0;; %3 pixels au plus sont acceptés</translation>
    </message>
    <message>
        <source>The image could not be decoded (%1); the file is corrupt or truncated</source>
        <translation>L&apos;image n&apos;a pas pu être décodée (%1)&#xa0;; le fichier est corrompu ou tronqué</translation>
    </message>
    <message>
        <source>The image could not be resized to %1x%2</source>
        <translation>L&apos;image n&apos;a pas pu être redimensionnée en %1x%2</translation>
    </message>
    <message>
        <source>Could not list the folder %1 (%2)</source>
        <translation>Impossible de lister le dossier %1 (%2)</translation>
    </message>
    <message>
        <source>The image file is %1 bytes; at most %2 are accepted</source>
        <translation>Le fichier image fait %1 octets&#xa0;; %2 au plus sont acceptés</translation>
    </message>
    <message>
        <source>There is no folder %1</source>
        <translation>Il n&apos;y a pas de dossier %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; expected a folder with one sub-folder of images per class</source>
        <translation>%1 est un fichier, pas un dossier&#xa0;; un dossier avec un sous-dossier d&apos;images par classe est attendu</translation>
    </message>
    <message>
        <source>The class folder %1 has no PNG, JPEG or BMP images (it is empty); put the class&apos;s images in it or remove it</source>
        <translation>Le dossier de classe %1 ne contient aucune image PNG, JPEG ou BMP (il est vide)&#xa0;; placez-y les images de la classe ou supprimez-le</translation>
    </message>
    <message>
        <source>The class folder %1 has no PNG, JPEG or BMP images (its %2 entries are other files or folders); put the class&apos;s images in it or remove it</source>
        <translation>Le dossier de classe %1 ne contient aucune image PNG, JPEG ou BMP (ses %2 entrées sont d&apos;autres fichiers ou dossiers)&#xa0;; placez-y les images de la classe ou supprimez-le</translation>
    </message>
    <message>
        <source>%1 has no class sub-folders</source>
        <translation>%1 n&apos;a aucun sous-dossier de classe</translation>
    </message>
    <message>
        <source>%1 has only one class sub-folder (%2)</source>
        <translation>%1 n&apos;a qu&apos;un seul sous-dossier de classe (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 image lies directly in the folder)</source>
        <translation>%1 (%2 image se trouve directement dans le dossier)</translation>
    </message>
    <message>
        <source>%1 (%2 images lie directly in the folder)</source>
        <translation>%1 (%2 images se trouvent directement dans le dossier)</translation>
    </message>
    <message>
        <source>%1; expected one sub-folder of images per class, at least two, such as %2 and %3</source>
        <translation>%1&#xa0;; un sous-dossier d&apos;images par classe est attendu, au moins deux, comme %2 et %3</translation>
    </message>
    <message>
        <source>%1 images of %2 values are more than %3 values, too many to hold in memory; choose a smaller size</source>
        <translation>%1 images de %2 valeurs font plus de %3 valeurs, trop pour tenir en mémoire&#xa0;; choisissez une taille plus petite</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: %3</source>
        <translation>%1 &apos;%2&apos;&#xa0;: %3</translation>
    </message>
    <message>
        <source>Insert %1 to %2 between &apos;%3&apos; and &apos;%4&apos;</source>
        <translation>Insérer %1 vers %2 entre &apos;%3&apos; et &apos;%4&apos;</translation>
    </message>
    <message>
        <source>Insert %1 between &apos;%2&apos; and &apos;%3&apos;</source>
        <translation>Insérer %1 entre &apos;%2&apos; et &apos;%3&apos;</translation>
    </message>
    <message>
        <source>Enable &apos;%1&apos;</source>
        <translation>Activer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Could not save %1: %2 failed (%3)</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: échec de l&apos;étape «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <source>creating a temporary file in %1</source>
        <translation>création d&apos;un fichier temporaire dans %1</translation>
    </message>
    <message>
        <source>There is no file %1</source>
        <translation>Il n&apos;y a pas de fichier %1</translation>
    </message>
    <message>
        <source>%1 is a directory, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>Could not open %1 (%2)</source>
        <translation>Impossible d&apos;ouvrir %1 (%2)</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>setting permissions</source>
        <translation>réglage des permissions</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>flushing to disk</source>
        <translation>écriture sur le disque</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>fermeture</translation>
    </message>
    <message>
        <source>replacing the file</source>
        <translation>remplacement du fichier</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>compris entre %1 et %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>greater than %1</source>
        <translation>supérieur à %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>inférieur à %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1</source>
        <translation>Le fichier n&apos;est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an unexpected value</source>
        <translation>une valeur inattendue</translation>
    </message>
    <message>
        <source>Expected %1, got %2</source>
        <translation>%1 attendu, reçu %2</translation>
    </message>
    <message>
        <source>The field &apos;%1&apos; is missing</source>
        <translation>Le champ &apos;%1&apos; manque</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos;</source>
        <translation>Champ inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Expected %1 elements, got %2</source>
        <translation>%1 éléments attendus, reçu %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>Must be %1, got %2</source>
        <translation>Doit être %1, reçu %2</translation>
    </message>
    <message>
        <source>Must not be negative, got %1</source>
        <translation>Ne doit pas être négatif, reçu %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a number, null or &quot;Infinity&quot;</source>
        <translation>un nombre, null ou &quot;Infinity&quot;</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>The exported ONNX model fails ONNX&apos;s checks: %1</source>
        <translation>Le modèle ONNX exporté échoue aux vérifications d&apos;ONNX&#xa0;: %1</translation>
    </message>
    <message>
        <source>The ONNX model could not be serialised (over 2 GB?)</source>
        <translation>Le modèle ONNX n&apos;a pas pu être sérialisé (plus de 2 Go&#xa0;?)</translation>
    </message>
    <message>
        <source>The layer &apos;%1&apos; (%2) has no ONNX form in this version</source>
        <translation>La couche &apos;%1&apos; (%2) n&apos;a pas de forme ONNX dans cette version</translation>
    </message>
    <message>
        <source>The project holds no trained weights: train it first</source>
        <translation>Le projet ne contient aucun poids entraîné&#xa0;: entraînez-le d&apos;abord</translation>
    </message>
    <message>
        <source>The samples have %1 values but the Input layer takes %2 (%3 values)</source>
        <translation>Les exemples ont %1 valeurs mais la couche Input prend %2 (%3 valeurs)</translation>
    </message>
    <message>
        <source>The delimiter is one character, got &quot;%1&quot;</source>
        <translation>Le séparateur est un seul caractère, reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;task&apos; is &quot;classification&quot; or &quot;regression&quot;, got &quot;%1&quot;</source>
        <translation>&apos;task&apos; vaut &quot;classification&quot; ou &quot;regression&quot;, reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown missing-value policy &apos;%1&apos;</source>
        <translation>Règle inconnue pour les valeurs manquantes &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option &apos;%2&apos;; expected one of %3</source>
        <translation>&apos;%1&apos; n&apos;a pas d&apos;option &apos;%2&apos;&#xa0;; options attendues&#xa0;: %3</translation>
    </message>
    <message>
        <source>Unknown layer kind &apos;%1&apos;; this build knows %2</source>
        <translation>Type de couche inconnu &apos;%1&apos;&#xa0;; cette version connaît %2</translation>
    </message>
    <message>
        <source>A parameter has at most %1 dimensions, got %2</source>
        <translation>Un paramètre a au plus %1 dimensions, reçu %2</translation>
    </message>
    <message>
        <source>Not float32 values in base64</source>
        <translation>Ce ne sont pas des valeurs float32 en base64</translation>
    </message>
    <message>
        <source>The shape %1 needs %2, but the data holds %3</source>
        <translation>La forme %1 a besoin de %2, mais les données en contiennent %3</translation>
    </message>
    <message>
        <source>more values than a file can hold</source>
        <translation>plus de valeurs qu&apos;un fichier ne peut en contenir</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 valeurs</translation>
    </message>
    <message>
        <source>Weights for node %1, which the graph does not have</source>
        <translation>Poids pour le nœud %1, que le graphe n&apos;a pas</translation>
    </message>
    <message>
        <source>Node %1 has weights listed twice</source>
        <translation>Le nœud %1 a des poids listés deux fois</translation>
    </message>
    <message>
        <source>Run %1 is listed twice</source>
        <translation>L&apos;entraînement %1 est listé deux fois</translation>
    </message>
    <message>
        <source>There is no run %1</source>
        <translation>Il n&apos;y a pas d&apos;entraînement %1</translation>
    </message>
    <message>
        <source>This is not a Neuroweave project: &apos;format&apos; is &apos;%1&apos;</source>
        <translation>Ce n&apos;est pas un projet Neuroweave&#xa0;: &apos;format&apos; vaut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The file is in project format version %1, made by a newer Neuroweave; this build reads versions up to %2</source>
        <translation>Le fichier est au format de projet version %1, créé par un Neuroweave plus récent&#xa0;; cette version lit les formats jusqu&apos;à la version %2</translation>
    </message>
    <message>
        <source>Unknown optimizer &apos;%1&apos;</source>
        <translation>Optimiseur inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown learning-rate schedule &apos;%1&apos;</source>
        <translation>Planification du taux d&apos;apprentissage inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown early-stopping metric &apos;%1&apos;</source>
        <translation>Métrique d&apos;arrêt anticipé inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown synthetic data set &apos;%1&apos;</source>
        <translation>Jeu de données synthétique inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The delimiter is one character (not a quote or a line break) or &quot;auto&quot;, got &quot;%1&quot;</source>
        <translation>Le séparateur est un seul caractère (ni guillemet ni saut de ligne) ou &quot;auto&quot;, reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;header&apos; is &quot;auto&quot;, &quot;yes&quot; or &quot;no&quot;, got &quot;%1&quot;</source>
        <translation>&apos;header&apos; vaut &quot;auto&quot;, &quot;yes&quot; ou &quot;no&quot;, reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;task&apos; is &quot;auto&quot;, &quot;classification&quot; or &quot;regression&quot;, got &quot;%1&quot;</source>
        <translation>&apos;task&apos; vaut &quot;auto&quot;, &quot;classification&quot; ou &quot;regression&quot;, reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown colour mode &apos;%1&apos;</source>
        <translation>Mode de couleur inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown data set source &apos;%1&apos;</source>
        <translation>Source de jeu de données inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown built-in data set &apos;%1&apos;</source>
        <translation>Jeu de données intégré inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>A data set read from files needs its &apos;path&apos;</source>
        <translation>Un jeu de données lu depuis des fichiers a besoin de son &apos;path&apos;</translation>
    </message>
    <message>
        <source>The validation and test fractions leave no training data: together they must be less than 1</source>
        <translation>Les parts de validation et de test ne laissent aucune donnée d&apos;entraînement&#xa0;: ensemble, elles doivent être inférieures à 1</translation>
    </message>
    <message>
        <source>Unknown scaling &apos;%1&apos;</source>
        <translation>Mise à l&apos;échelle inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;offset&apos; has %1 values but &apos;scale&apos; has %2</source>
        <translation>&apos;offset&apos; a %1 valeurs mais &apos;scale&apos; en a %2</translation>
    </message>
    <message>
        <source>Unknown loss &apos;%1&apos;</source>
        <translation>Perte inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown run outcome &apos;%1&apos;</source>
        <translation>Issue d&apos;entraînement inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot create the folder: %1</source>
        <translation>Impossible de créer le dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between %2 and %3, got %4</source>
        <translation>&apos;%1&apos; doit être compris entre %2 et %3, reçu %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>&apos;%1&apos; doit être un nombre entier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>&apos;%1&apos; doit être un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; doit être vrai ou faux</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of its options</source>
        <translation>&apos;%1&apos; doit être l&apos;une de ses options</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option number %2</source>
        <translation>&apos;%1&apos; n&apos;a pas d&apos;option numéro %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of dimensions</source>
        <translation>&apos;%1&apos; doit être une liste de dimensions</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must have 1 to 3 dimensions</source>
        <translation>&apos;%1&apos; doit avoir de 1 à 3 dimensions</translation>
    </message>
    <message>
        <source>&apos;%1&apos; dimensions must be between %2 and %3</source>
        <translation>Les dimensions de &apos;%1&apos; doivent être comprises entre %2 et %3</translation>
    </message>
    <message>
        <source>unknown attribute type</source>
        <translation>type d&apos;attribut inconnu</translation>
    </message>
    <message>
        <source>Unknown goal kind &apos;%1&apos;; the kinds are %2</source>
        <translation>Type d&apos;objectif inconnu &apos;%1&apos;&#xa0;; les types sont %2</translation>
    </message>
    <message>
        <source>Unknown metric &apos;%1&apos;; a goal can look at validationAccuracy, validationLoss, trainAccuracy or trainLoss</source>
        <translation>Métrique inconnue &apos;%1&apos;&#xa0;; un objectif peut porter sur validationAccuracy, validationLoss, trainAccuracy ou trainLoss</translation>
    </message>
    <message>
        <source>Unknown layer kind &apos;%1&apos;</source>
        <translation>Type de couche inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;</source>
        <translation>Réglage inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown outcome &apos;%1&apos;; a run ends completed, stopped, early-stopped or diverged</source>
        <translation>Issue inconnue &apos;%1&apos;&#xa0;; un entraînement se termine par completed, stopped, early-stopped ou diverged</translation>
    </message>
    <message>
        <source>&apos;train&apos; is fresh, continue or no, not &apos;%1&apos;</source>
        <translation>&apos;train&apos; vaut fresh, continue ou no, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a control an assignment can lock: a training setting (as train --set names it) or &apos;dataset&apos;</source>
        <translation>&apos;%1&apos; n&apos;est pas un contrôle qu&apos;un devoir peut verrouiller&#xa0;: un réglage d&apos;entraînement (tel que train --set le nomme) ou &apos;dataset&apos;</translation>
    </message>
    <message>
        <source>This is not a Neuroweave lesson: &apos;format&apos; is &apos;%1&apos;</source>
        <translation>Ce n&apos;est pas une leçon Neuroweave&#xa0;: &apos;format&apos; vaut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The lesson is in format version %1, made by a newer Neuroweave; this build reads version %2</source>
        <translation>La leçon est au format version %1, créée par un Neuroweave plus récent&#xa0;; cette version lit la version %2</translation>
    </message>
    <message>
        <source>A lesson needs at least one step</source>
        <translation>Une leçon a besoin d&apos;au moins une étape</translation>
    </message>
    <message>
        <source>The solution&apos;s setting %1: %2</source>
        <translation>Le réglage %1 de la solution&#xa0;: %2</translation>
    </message>
    <message>
        <source>The solution names no layer &apos;%1&apos;</source>
        <translation>La solution ne nomme aucune couche &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The stored optimizer state belongs to %1, not %2</source>
        <translation>L&apos;état enregistré de l&apos;optimiseur appartient à %1, pas à %2</translation>
    </message>
    <message>
        <source>The stored optimizer state does not fit the network&apos;s parameters</source>
        <translation>L&apos;état enregistré de l&apos;optimiseur ne correspond pas aux paramètres du réseau</translation>
    </message>
    <message>
        <source>Saved weights belong to node %1, which the network lacks</source>
        <translation>Des poids enregistrés appartiennent au nœud %1, que le réseau n&apos;a pas</translation>
    </message>
    <message>
        <source>Node %1 has %2 parameter tensors, the saved weights %3</source>
        <translation>Le nœud %1 a %2 tenseurs de paramètres, les poids enregistrés %3</translation>
    </message>
    <message>
        <source>Saved %1 of node %2 is %3, the network needs %4</source>
        <translation>Le %1 enregistré du nœud %2 fait %3, le réseau a besoin de %4</translation>
    </message>
    <message>
        <source>%1: set the last Dense layer&apos;s units to %2</source>
        <translation>%1&#xa0;: réglez les unités de la dernière couche Dense sur %2</translation>
    </message>
    <message>
        <source>%1: choose the loss %2</source>
        <translation>%1&#xa0;: choisissez la perte %2</translation>
    </message>
    <message>
        <source>The network has %1</source>
        <translation>Le réseau a %1</translation>
    </message>
    <message>
        <source>%1 output</source>
        <translation>%1 sortie</translation>
    </message>
    <message>
        <source>%1 outputs</source>
        <translation>%1 sorties</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2</source>
        <translation>&apos;%1&apos; a %2</translation>
    </message>
    <message>
        <source>%1 class</source>
        <translation>%1 classe</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 classes</translation>
    </message>
    <message>
        <source>%1 but %2</source>
        <translation>%1 mais %2</translation>
    </message>
    <message>
        <source>The loss %1 needs class labels, but &apos;%2&apos; is a regression data set</source>
        <translation>La perte %1 a besoin d&apos;étiquettes de classe, mais &apos;%2&apos; est un jeu de données de régression</translation>
    </message>
    <message>
        <source>the samples of &apos;%1&apos; have %2</source>
        <translation>les exemples de &apos;%1&apos; ont %2</translation>
    </message>
    <message>
        <source>%1 target value</source>
        <translation>%1 valeur cible</translation>
    </message>
    <message>
        <source>%1 target values</source>
        <translation>%1 valeurs cibles</translation>
    </message>
    <message>
        <source>Binary cross-entropy needs 2 classes but %1</source>
        <translation>L&apos;entropie croisée binaire a besoin de 2 classes mais %1</translation>
    </message>
    <message>
        <source>Binary cross-entropy needs 1 output but the network has %1</source>
        <translation>L&apos;entropie croisée binaire a besoin d&apos;une sortie mais le réseau en a %1</translation>
    </message>
    <message>
        <source>The Input layer takes %1 (%2) but the samples of &apos;%3&apos; are %4 (%5): set the Input&apos;s shape to %4</source>
        <translation>La couche Input prend %1 (%2) mais les exemples de &apos;%3&apos; font %4 (%5)&#xa0;: réglez la forme de l&apos;Input sur %4</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 valeur</translation>
    </message>
    <message>
        <source>The samples of &apos;%1&apos; reach %2 and are not scaled, so the first steps are huge and training is unstable: choose the scaling %3</source>
        <translation>Les exemples de &apos;%1&apos; atteignent %2 et ne sont pas mis à l&apos;échelle&#xa0;: les premiers pas sont énormes et l&apos;entraînement est instable&#xa0;; choisissez la mise à l&apos;échelle %3</translation>
    </message>
    <message>
        <source>The maths are shown for an enabled Dense layer</source>
        <translation>Les calculs sont montrés pour une couche Dense activée</translation>
    </message>
    <message>
        <source>There is no sample %1</source>
        <translation>Il n&apos;y a pas d&apos;exemple %1</translation>
    </message>
    <message>
        <source>The Dense layer is not part of the network</source>
        <translation>La couche Dense ne fait pas partie du réseau</translation>
    </message>
    <message>
        <source>The layer has %1 neurons, not a neuron %2</source>
        <translation>La couche a %1 neurones, pas de neurone %2</translation>
    </message>
    <message>
        <source>The training split is empty: lower the validation fraction</source>
        <translation>La partie d&apos;entraînement est vide&#xa0;: diminuez la part de validation</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>l&apos;une des valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2 or %3</source>
        <translation>%1, %2 ou %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NAME=VALUE</source>
        <translation>&apos;%1&apos; n&apos;est pas de la forme NOM=VALEUR</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;; the settings are %2</source>
        <translation>réglage inconnu &apos;%1&apos;&#xa0;; les réglages sont %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of %2: expected %3</source>
        <translation>&apos;%1&apos; n&apos;est pas une valeur de %2&#xa0;: %3 attendu</translation>
    </message>
    <message>
        <source>a range is written lo..hi:N or lo..hi:logN, got &apos;%1&apos;</source>
        <translation>une plage s&apos;écrit lo..hi:N ou lo..hi:logN, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a range is written lo..hi:N or lo..hi:logN with 2 to %1 values, got &apos;%2&apos;</source>
        <translation>une plage s&apos;écrit lo..hi:N ou lo..hi:logN avec 2 à %1 valeurs, reçu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a log range needs positive ends, got &apos;%1&apos;</source>
        <translation>une plage logarithmique a besoin de bornes positives, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NAME=VALUES</source>
        <translation>&apos;%1&apos; n&apos;est pas de la forme NOM=VALEURS</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; (neuroweave-cli train --set help lists them)</source>
        <translation>réglage inconnu &apos;%1&apos; (neuroweave-cli train --set help les liste)</translation>
    </message>
    <message>
        <source>no values given for %1</source>
        <translation>aucune valeur donnée pour %1</translation>
    </message>
    <message>
        <source>at most %1 values per setting</source>
        <translation>au plus %1 valeurs par réglage</translation>
    </message>
    <message>
        <source>%1=%2: %3</source>
        <translation>%1=%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Training diverged at epoch %1, batch %2: the gradients are no longer finite (loss %3). The weights of the last finite step are kept; try a lower learning rate (now %4)</source>
        <translation>L&apos;entraînement a divergé à l&apos;époque %1, lot %2&#xa0;: les gradients ne sont plus finis (perte %3). Les poids du dernier pas fini sont conservés&#xa0;; essayez un taux d&apos;apprentissage plus faible (actuellement %4)</translation>
    </message>
    <message>
        <source>Training diverged at epoch %1, batch %2: the loss is no longer finite (loss %3). The weights of the last finite step are kept; try a lower learning rate (now %4)</source>
        <translation>L&apos;entraînement a divergé à l&apos;époque %1, lot %2&#xa0;: la perte n&apos;est plus finie (perte %3). Les poids du dernier pas fini sont conservés&#xa0;; essayez un taux d&apos;apprentissage plus faible (actuellement %4)</translation>
    </message>
    <message>
        <source>The model uses something Neuroweave has no layer for</source>
        <translation>Le modèle utilise quelque chose pour lequel Neuroweave n’a pas de couche</translation>
    </message>
    <message>
        <source>The model file cannot be read</source>
        <translation>Le fichier du modèle ne peut pas être lu</translation>
    </message>
    <message>
        <source>The model uses ONNX opset %1; the import reads opsets %2 to %3. Export it again with an opset in that range.</source>
        <translation>Le modèle utilise l’opset ONNX %1&#xa0;; l’import lit les opsets %2 à %3. Exportez-le de nouveau avec un opset dans cet intervalle.</translation>
    </message>
    <message>
        <source>The model does not say which ONNX operator set it uses</source>
        <translation>Le modèle n’indique pas quel jeu d’opérateurs ONNX il utilise</translation>
    </message>
    <message>
        <source>The file is not a valid ONNX model: %1</source>
        <translation>Le fichier n’est pas un modèle ONNX valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The model has %1 inputs; a Neuroweave network has exactly one</source>
        <translation>Le modèle a %1 entrées&#xa0;; un réseau Neuroweave en a exactement une</translation>
    </message>
    <message>
        <source>The model&apos;s input &apos;%1&apos; is not a tensor of 32-bit floats</source>
        <translation>L’entrée &apos;%1&apos; du modèle n’est pas un tenseur de flottants 32 bits</translation>
    </message>
    <message>
        <source>The size of dimension %1 of the model&apos;s input &apos;%2&apos; is not fixed</source>
        <translation>La taille de la dimension %1 de l’entrée &apos;%2&apos; du modèle n’est pas fixée</translation>
    </message>
    <message>
        <source>The model&apos;s input &apos;%1&apos; has %2 dimensions; Neuroweave reads a batch of vectors or of channels×height×width images</source>
        <translation>L’entrée &apos;%1&apos; du modèle a %2 dimensions&#xa0;; Neuroweave lit un lot de vecteurs ou d’images canaux×hauteur×largeur</translation>
    </message>
    <message>
        <source>The layer &apos;%1&apos; needs %2 values for &apos;%3&apos;, the model has %4</source>
        <translation>La couche &apos;%1&apos; a besoin de %2 valeurs pour &apos;%3&apos;, le modèle en a %4</translation>
    </message>
    <message>
        <source>The network takes 28×28 images into 10 classes, so the project trains on Fashion-MNIST; choose other data in the Data panel if it was made for something else.</source>
        <translation>Le réseau classe des images 28×28 en 10 classes, le projet s’entraîne donc sur Fashion-MNIST&#xa0;; choisissez d’autres données dans le panneau Données s’il a été conçu pour autre chose.</translation>
    </message>
    <message>
        <source>Choose the data this network was made for in the Data panel before training it.</source>
        <translation>Avant de l’entraîner, choisissez dans le panneau Données les données pour lesquelles ce réseau a été conçu.</translation>
    </message>
    <message>
        <source>%1 of the model&apos;s %2 nodes cannot become layers. The first, %3: %4</source>
        <translation>%1 des %2 nœuds du modèle ne peuvent pas devenir des couches. Le premier, %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>The file is not an ONNX model: its contents could not be decoded</source>
        <translation>Le fichier n’est pas un modèle ONNX&#xa0;: son contenu n’a pas pu être décodé</translation>
    </message>
    <message>
        <source>it reads a value no earlier node computes</source>
        <translation>il lit une valeur qu’aucun nœud précédent ne calcule</translation>
    </message>
    <message>
        <source>The model has %1 outputs; a Neuroweave network has exactly one</source>
        <translation>Le modèle a %1 sorties&#xa0;; un réseau Neuroweave en a exactement une</translation>
    </message>
    <message>
        <source>The model&apos;s output &apos;%1&apos; is a constant, not computed from its input</source>
        <translation>La sortie &apos;%1&apos; du modèle est une constante, elle n’est pas calculée à partir de son entrée</translation>
    </message>
    <message>
        <source>its input &apos;%1&apos; is not computed by a layer</source>
        <translation>son entrée &apos;%1&apos; n’est pas calculée par une couche</translation>
    </message>
    <message>
        <source>its input is neither the network&apos;s input nor computed by a layer</source>
        <translation>son entrée n’est ni l’entrée du réseau ni calculée par une couche</translation>
    </message>
    <message>
        <source>it multiplies a %1 input by a %2×%3 matrix; only flat inputs of %2 values can become a Dense layer</source>
        <translation>il multiplie une entrée %1 par une matrice %2×%3&#xa0;; seules des entrées plates de %2 valeurs peuvent devenir une couche Dense</translation>
    </message>
    <message>
        <source>its second input is not a constant matrix</source>
        <translation>sa deuxième entrée n’est pas une matrice constante</translation>
    </message>
    <message>
        <source>it transposes its input (transA)</source>
        <translation>il transpose son entrée (transA)</translation>
    </message>
    <message>
        <source>its bias is not a constant</source>
        <translation>son biais n’est pas une constante</translation>
    </message>
    <message>
        <source>its bias does not have one value per output</source>
        <translation>son biais n’a pas une valeur par sortie</translation>
    </message>
    <message>
        <source>it multiplies two computed values; only a product with a constant matrix can become a Dense layer</source>
        <translation>il multiplie deux valeurs calculées&#xa0;; seul un produit par une matrice constante peut devenir une couche Dense</translation>
    </message>
    <message>
        <source>its window is not square (%1)</source>
        <translation>sa fenêtre n’est pas carrée (%1)</translation>
    </message>
    <message>
        <source>its strides differ between height and width</source>
        <translation>ses pas diffèrent entre hauteur et largeur</translation>
    </message>
    <message>
        <source>its dilations differ between height and width</source>
        <translation>ses dilatations diffèrent entre hauteur et largeur</translation>
    </message>
    <message>
        <source>its input is not a channels×height×width image</source>
        <translation>son entrée n’est pas une image canaux×hauteur×largeur</translation>
    </message>
    <message>
        <source>its padding %1 is neither none nor the engine&apos;s &quot;same&quot; padding</source>
        <translation>son remplissage %1 n’est ni nul ni le remplissage &quot;same&quot; du moteur</translation>
    </message>
    <message>
        <source>its weights are not a constant 4-D tensor</source>
        <translation>ses poids ne sont pas un tenseur 4D constant</translation>
    </message>
    <message>
        <source>it is a grouped convolution (group %1)</source>
        <translation>c’est une convolution groupée (group %1)</translation>
    </message>
    <message>
        <source>its weights expect %1 input channels, the input has %2</source>
        <translation>ses poids attendent %1 canaux d’entrée, l’entrée en a %2</translation>
    </message>
    <message>
        <source>its bias is not a constant with one value per filter</source>
        <translation>son biais n’est pas une constante avec une valeur par filtre</translation>
    </message>
    <message>
        <source>its indices output is used</source>
        <translation>sa sortie d’indices est utilisée</translation>
    </message>
    <message>
        <source>it rounds its output size up (ceil_mode)</source>
        <translation>il arrondit sa taille de sortie vers le haut (ceil_mode)</translation>
    </message>
    <message>
        <source>it stores its indices by column</source>
        <translation>il range ses indices par colonne</translation>
    </message>
    <message>
        <source>its window is dilated</source>
        <translation>sa fenêtre est dilatée</translation>
    </message>
    <message>
        <source>it counts the padding in its averages (count_include_pad)</source>
        <translation>il compte le remplissage dans ses moyennes (count_include_pad)</translation>
    </message>
    <message>
        <source>it removes axes of a computed value</source>
        <translation>il supprime des axes d’une valeur calculée</translation>
    </message>
    <message>
        <source>it is exported in training mode; export the model in evaluation mode</source>
        <translation>il est exporté en mode entraînement&#xa0;; exportez le modèle en mode évaluation</translation>
    </message>
    <message>
        <source>its scale, bias, mean and variance are not constants with one value per channel</source>
        <translation>son échelle, son biais, sa moyenne et sa variance ne sont pas des constantes avec une valeur par canal</translation>
    </message>
    <message>
        <source>it normalises over only some of the axes of a sample</source>
        <translation>il ne normalise que sur certains axes d’un échantillon</translation>
    </message>
    <message>
        <source>its scale and bias are not constants of the input&apos;s shape</source>
        <translation>son échelle et son biais ne sont pas des constantes de la forme de l’entrée</translation>
    </message>
    <message>
        <source>it is taken over an axis other than the features of a flat input</source>
        <translation>il porte sur un autre axe que les caractéristiques d’une entrée plate</translation>
    </message>
    <message>
        <source>it flattens from an axis other than 1</source>
        <translation>il aplatit à partir d’un autre axe que 1</translation>
    </message>
    <message>
        <source>its target shape is computed while the network runs</source>
        <translation>sa forme cible est calculée pendant l’exécution du réseau</translation>
    </message>
    <message>
        <source>its target shape is empty</source>
        <translation>sa forme cible est vide</translation>
    </message>
    <message>
        <source>it changes the batch dimension</source>
        <translation>il modifie la dimension du lot</translation>
    </message>
    <message>
        <source>its target shape does not fit the input %1</source>
        <translation>sa forme cible ne correspond pas à l’entrée %1</translation>
    </message>
    <message>
        <source>its mask output is used</source>
        <translation>sa sortie de masque est utilisée</translation>
    </message>
    <message>
        <source>its ratio is not a constant</source>
        <translation>son taux n’est pas une constante</translation>
    </message>
    <message>
        <source>it adds a constant to a value that is not a product with a matrix</source>
        <translation>il ajoute une constante à une valeur qui n’est pas un produit par une matrice</translation>
    </message>
    <message>
        <source>it joins fewer than two inputs</source>
        <translation>il joint moins de deux entrées</translation>
    </message>
    <message>
        <source>it joins along an axis other than the channels or features</source>
        <translation>il joint selon un autre axe que les canaux ou les caractéristiques</translation>
    </message>
    <message>
        <source>it belongs to the operator set &apos;%1&apos;, not to ONNX&apos;s own</source>
        <translation>il appartient au jeu d’opérateurs &apos;%1&apos;, pas à celui d’ONNX</translation>
    </message>
    <message>
        <source>it has no output</source>
        <translation>il n’a pas de sortie</translation>
    </message>
    <message>
        <source>Neuroweave has no layer for the operator %1</source>
        <translation>Neuroweave n’a pas de couche pour l’opérateur %1</translation>
    </message>
    <message>
        <source>The tensor &apos;%1&apos; cannot be read: %2</source>
        <translation>Le tenseur &apos;%1&apos; ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>it holds %1 bytes where its dimensions need %2</source>
        <translation>il contient %1 octets là où ses dimensions en demandent %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; computes a constant the import cannot: %3</source>
        <translation>%1 &apos;%2&apos; calcule une constante que l’import ne sait pas calculer&#xa0;: %3</translation>
    </message>
    <message>
        <source>the result depends on the batch size</source>
        <translation>le résultat dépend de la taille du lot</translation>
    </message>
    <message>
        <source>the shapes %1 and %2 do not broadcast</source>
        <translation>les formes %1 et %2 ne se diffusent pas (broadcast)</translation>
    </message>
    <message>
        <source>its axis is outside the data</source>
        <translation>son axe est en dehors des données</translation>
    </message>
    <message>
        <source>an index is out of range</source>
        <translation>un indice est hors limites</translation>
    </message>
    <message>
        <source>its inputs differ in rank</source>
        <translation>ses entrées n’ont pas le même nombre de dimensions</translation>
    </message>
    <message>
        <source>its target shape does not fit</source>
        <translation>sa forme cible ne convient pas</translation>
    </message>
    <message>
        <source>its permutation does not fit the data</source>
        <translation>sa permutation ne correspond pas aux données</translation>
    </message>
    <message>
        <source>it has no starts and ends</source>
        <translation>il n’a pas de débuts ni de fins</translation>
    </message>
    <message>
        <source>its starts, ends, axes and steps differ in length</source>
        <translation>ses débuts, fins, axes et pas n’ont pas la même longueur</translation>
    </message>
    <message>
        <source>it has no value the import can read</source>
        <translation>il n’a pas de valeur que l’import sait lire</translation>
    </message>
    <message>
        <source>its values are stored in a separate file, which the import does not read</source>
        <translation>ses valeurs sont stockées dans un fichier séparé, que l’import ne lit pas</translation>
    </message>
    <message>
        <source>a dimension is out of range</source>
        <translation>une dimension est hors limites</translation>
    </message>
    <message>
        <source>it has too many values</source>
        <translation>il a trop de valeurs</translation>
    </message>
    <message>
        <source>its element type (%1) is not one the import reads</source>
        <translation>son type d’élément (%1) n’est pas lu par l’import</translation>
    </message>
    <message>
        <source>it holds %1 values where its dimensions need %2</source>
        <translation>il contient %1 valeurs là où ses dimensions en demandent %2</translation>
    </message>
    <message>
        <source>Column %1 holds &apos;%2&apos;, which is not a number: this project takes only numbers, one column per input value</source>
        <translation>La colonne %1 contient &apos;%2&apos;, qui n’est pas un nombre&#xa0;: ce projet ne prend que des nombres, une colonne par valeur d’entrée</translation>
    </message>
    <message>
        <source>The file has %1 columns but the Input layer takes %2 values: give one column per input value</source>
        <translation>Le fichier a %1 colonnes mais la couche Input prend %2 valeurs&#xa0;: donnez une colonne par valeur d’entrée</translation>
    </message>
    <message>
        <source>The file holds no rows of numbers</source>
        <translation>Le fichier ne contient aucune ligne de nombres</translation>
    </message>
    <message>
        <source>An int8 export finds its value ranges on the project&apos;s data, which cannot be read: %1</source>
        <translation>Un export int8 détermine ses plages de valeurs à partir des données du projet, qui ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>An int8 export finds its value ranges on the project&apos;s data, which does not fit the Input layer</source>
        <translation>Un export int8 détermine ses plages de valeurs à partir des données du projet, qui ne correspondent pas à la couche Input</translation>
    </message>
</context>
<context>
    <name>GoalText</name>
    <message>
        <source>between %1 and %2</source>
        <translation>entre %1 et %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>quelconque</translation>
    </message>
    <message>
        <source>Validation accuracy %1</source>
        <translation>Précision de validation %1</translation>
    </message>
    <message>
        <source>Validation loss %1</source>
        <translation>Perte de validation %1</translation>
    </message>
    <message>
        <source>Training accuracy %1</source>
        <translation>Précision d&apos;entraînement %1</translation>
    </message>
    <message>
        <source>Training loss %1</source>
        <translation>Perte d&apos;entraînement %1</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>achevé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>early-stopped</source>
        <translation>arrêté tôt</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergent</translation>
    </message>
    <message>
        <source>Trainable parameters: %1</source>
        <translation>Paramètres entraînables&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hidden layers: %1</source>
        <translation>Couches cachées&#xa0;: %1</translation>
    </message>
    <message>
        <source>No %1 layer</source>
        <translation>Aucune couche %1</translation>
    </message>
    <message>
        <source>Uses a %1 layer</source>
        <translation>Utilise une couche %1</translation>
    </message>
    <message>
        <source>%1 layers: %2</source>
        <translation>Couches %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The network has no problems</source>
        <translation>Le réseau n&apos;a aucun problème</translation>
    </message>
    <message>
        <source>The loss goes below %1 within %2 steps</source>
        <translation>La perte passe sous %1 en %2 pas au plus</translation>
    </message>
    <message>
        <source>The loss goes below %1</source>
        <translation>La perte passe sous %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 vaut %2</translation>
    </message>
    <message>
        <source>Trained for %1 epoch</source>
        <translation>Entraîné pendant %1 époque</translation>
    </message>
    <message>
        <source>Trained for %1 epochs</source>
        <translation>Entraîné pendant %1 époques</translation>
    </message>
    <message>
        <source>Trained for %1 step</source>
        <translation>Entraîné pendant %1 pas</translation>
    </message>
    <message>
        <source>Trained for %1 steps</source>
        <translation>Entraîné pendant %1 pas</translation>
    </message>
    <message>
        <source>The run ends %1</source>
        <translation>Issue de l&apos;essai&#xa0;: %1</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>Essais&#xa0;: %1</translation>
    </message>
    <message>
        <source>Runs with different %1: %2</source>
        <translation>Essais avec %1 différents&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LayerCategory</name>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Convolution</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>Normalisation</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>Remise en forme</translation>
    </message>
</context>
<context>
    <name>LayerHelp</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Formule&#xa0;:</translation>
    </message>
    <message>
        <source>This layer has no attributes.</source>
        <translation>Cette couche n&apos;a pas d&apos;attributs.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Plage</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>The layer is disabled: it passes its input through unchanged.</source>
        <translation>La couche est désactivée&#xa0;: elle transmet son entrée sans la modifier.</translation>
    </message>
    <message>
        <source>Using the Designer</source>
        <translation>Utiliser l&apos;éditeur</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Building a network&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Drag a layer from the palette onto the canvas, or double-click it to add it in the middle of the view. %1 searches the palette.&lt;/li&gt;&lt;li&gt;Drag from a layer&apos;s output port (right) to another layer&apos;s input port (left) to wire them. Ports that accept the wire light up while you drag.&lt;/li&gt;&lt;li&gt;Drop a wire on empty canvas to add a layer that is already connected.&lt;/li&gt;&lt;li&gt;Every wire shows the shape it carries. A red badge marks a layer whose input does not fit; click it to insert the bridging layer it offers.&lt;/li&gt;&lt;li&gt;Select a layer to edit its attributes in the inspector; the problems list shows every diagnostic, and a click selects its layer.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Select a layer and press %2 for help on it. %3 fits the network in view; every edit can be undone with %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Construire un réseau&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Faites glisser une couche de la palette vers le canevas, ou double-cliquez dessus pour l&apos;ajouter au milieu de la vue. %1 lance une recherche dans la palette.&lt;/li&gt;&lt;li&gt;Faites glisser depuis le connecteur de sortie d&apos;une couche (à droite) jusqu&apos;au connecteur d&apos;entrée d&apos;une autre couche (à gauche) pour les relier. Les connecteurs qui acceptent le lien s&apos;allument pendant le glissement.&lt;/li&gt;&lt;li&gt;Lâchez un lien sur une zone vide du canevas pour ajouter une couche déjà connectée.&lt;/li&gt;&lt;li&gt;Chaque lien affiche la forme des données qu&apos;il transporte. Une pastille rouge signale une couche dont l&apos;entrée ne convient pas&#xa0;; cliquez dessus pour insérer la couche d&apos;adaptation proposée.&lt;/li&gt;&lt;li&gt;Sélectionnez une couche pour modifier ses attributs dans l&apos;inspecteur&#xa0;; la liste des problèmes affiche tous les diagnostics, et un clic sélectionne la couche concernée.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Sélectionnez une couche et appuyez sur %2 pour obtenir de l&apos;aide à son sujet. %3 ajuste le réseau à la vue&#xa0;; toute modification peut être annulée avec %4.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>A single neuron and its weights</source>
        <extracomment>Title of the lesson &quot;single-neuron&quot;</extracomment>
        <translation>Un seul neurone et ses poids</translation>
    </message>
    <message>
        <source>What one layer of neurons computes, and the straight line it draws between two classes.</source>
        <extracomment>One-sentence summary of the lesson &quot;single-neuron&quot;</extracomment>
        <translation>Ce que calcule une couche de neurones, et la ligne droite qu&apos;elle trace entre deux classes.</translation>
    </message>
    <message>
        <source>One neuron per class</source>
        <extracomment>Title of lesson &quot;single-neuron&quot;, step 1</extracomment>
        <translation>Un neurone par classe</translation>
    </message>
    <message>
        <source>Every neuron computes a weighted sum of its inputs plus a bias, **z = w·x + b**. This network has
one **Dense** layer with one neuron per class: for a point (x₁, x₂) each neuron computes
z = w₁x₁ + w₂x₂ + b, and **Softmax** turns the two sums into probabilities that add up to one.

Select the **neuron** layer: the inspector shows its 6 parameters (2 weights and a bias per neuron).
Press **Train** (F5) and watch the **Decision Boundary** panel.
</source>
        <extracomment>Markdown text of lesson &quot;single-neuron&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>Chaque neurone calcule une somme pondérée de ses entrées plus un biais, **z = w·x + b**. Ce réseau a
une couche **Dense** avec un neurone par classe&#xa0;: pour un point (x₁, x₂), chaque neurone calcule
z = w₁x₁ + w₂x₂ + b, et **Softmax** transforme les deux sommes en probabilités dont la somme vaut un.

Sélectionnez la couche **neuron**&#xa0;: l&apos;inspecteur affiche ses 6 paramètres (2 poids et un biais par neurone).
Cliquez sur **Entraîner** (F5) et observez le panneau **Frontière de décision**.
</translation>
    </message>
    <message>
        <source>Press Train (F5) and wait for the 20 epochs to finish.</source>
        <extracomment>A hint of lesson &quot;single-neuron&quot;, step 1</extracomment>
        <translation>Cliquez sur Entraîner (F5) et attendez la fin des 20 époques.</translation>
    </message>
    <message>
        <source>A straight line</source>
        <extracomment>Title of lesson &quot;single-neuron&quot;, step 2</extracomment>
        <translation>Une ligne droite</translation>
    </message>
    <message>
        <source>The learning rate is in the Training panel, under Optimizer.</source>
        <extracomment>A hint of lesson &quot;single-neuron&quot;, step 2</extracomment>
        <translation>Le taux d&apos;apprentissage se trouve dans le panneau Entraînement, sous Optimiseur.</translation>
    </message>
    <message>
        <source>After changing it, press Reset Weights, then Train.</source>
        <extracomment>A hint of lesson &quot;single-neuron&quot;, step 2</extracomment>
        <translation>Après l&apos;avoir modifié, cliquez sur Réinitialiser les poids, puis sur Entraîner.</translation>
    </message>
    <message>
        <source>No hidden layer (logistic regression)</source>
        <extracomment>A goal of lesson &quot;single-neuron&quot;, step 2</extracomment>
        <translation>Aucune couche cachée (régression logistique)</translation>
    </message>
    <message>
        <source>Why a hidden layer? XOR</source>
        <extracomment>Title of the lesson &quot;xor&quot;</extracomment>
        <translation>Pourquoi une couche cachée&#xa0;? XOR</translation>
    </message>
    <message>
        <source>Points in opposite corners share a class: no straight line separates them, a hidden layer with a non-linear activation does.</source>
        <extracomment>One-sentence summary of the lesson &quot;xor&quot;</extracomment>
        <translation>Les points des coins opposés sont de la même classe&#xa0;: aucune ligne droite ne les sépare, mais une couche cachée avec une activation non linéaire, si.</translation>
    </message>
    <message>
        <source>A line cannot do it</source>
        <extracomment>Title of lesson &quot;xor&quot;, step 1</extracomment>
        <translation>Une ligne n&apos;y arrive pas</translation>
    </message>
    <message>
        <source>Press Train (F5).</source>
        <extracomment>A hint of lesson &quot;xor&quot;, step 1
----------
A hint of lesson &quot;activations&quot;, step 1
----------
A hint of lesson &quot;confusion-matrix&quot;, step 1</extracomment>
        <translation>Cliquez sur Entraîner (F5).</translation>
    </message>
    <message>
        <source>Validation accuracy stays below 80%</source>
        <extracomment>A goal of lesson &quot;xor&quot;, step 1</extracomment>
        <translation>La précision de validation reste sous 80&#xa0;%</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <extracomment>Title of lesson &quot;xor&quot;, step 2</extracomment>
        <translation>Ajouter une couche cachée</translation>
    </message>
    <message>
        <source>Drop a wire from the input on empty canvas to pick the next layer.</source>
        <extracomment>A hint of lesson &quot;xor&quot;, step 2</extracomment>
        <translation>Lâchez un lien partant de l&apos;entrée sur une zone vide du canevas pour choisir la couche suivante.</translation>
    </message>
    <message>
        <source>The output layer needs 2 neurons, one per class.</source>
        <extracomment>A hint of lesson &quot;xor&quot;, step 2</extracomment>
        <translation>La couche de sortie a besoin de 2 neurones, un par classe.</translation>
    </message>
    <message>
        <source>Without the activation</source>
        <extracomment>Title of lesson &quot;xor&quot;, step 3</extracomment>
        <translation>Sans l&apos;activation</translation>
    </message>
    <message>
        <source>Right-click the **Tanh** layer and disable it, then train again. Two Dense layers in a row are
still one linear function, W₂(W₁x + b₁) + b₂ = Wx + b: the boundary is a straight line again. The
*non-linear* activation is what lets the hidden layer help.
</source>
        <extracomment>Markdown text of lesson &quot;xor&quot;, step 3; keep the ** and * marks</extracomment>
        <translation>Faites un clic droit sur la couche **Tanh** et désactivez-la, puis entraînez à nouveau. Deux couches Dense à la suite
restent une seule fonction linéaire, W₂(W₁x + b₁) + b₂ = Wx + b&#xa0;: la frontière redevient une ligne droite. C&apos;est
l&apos;activation *non linéaire* qui permet à la couche cachée d&apos;être utile.
</translation>
    </message>
    <message>
        <source>A disabled layer passes its input on unchanged.</source>
        <extracomment>A hint of lesson &quot;xor&quot;, step 3</extracomment>
        <translation>Une couche désactivée transmet son entrée sans la modifier.</translation>
    </message>
    <message>
        <source>Validation accuracy drops below 80% again</source>
        <extracomment>A goal of lesson &quot;xor&quot;, step 3</extracomment>
        <translation>La précision de validation repasse sous 80&#xa0;%</translation>
    </message>
    <message>
        <source>Activation functions compared</source>
        <extracomment>Title of the lesson &quot;activations&quot;</extracomment>
        <translation>Comparaison des fonctions d&apos;activation</translation>
    </message>
    <message>
        <source>Sigmoid, tanh and ReLU on the same network and data: how fast each learns and the boundaries they draw.</source>
        <extracomment>One-sentence summary of the lesson &quot;activations&quot;</extracomment>
        <translation>Sigmoid, tanh et ReLU sur le même réseau et les mêmes données&#xa0;: la vitesse d&apos;apprentissage de chacune et les frontières qu&apos;elles tracent.</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <extracomment>Title of lesson &quot;activations&quot;, step 1</extracomment>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>The activations here are **Sigmoid**, σ(z) = 1 / (1 + e⁻ᶻ): smooth, between 0 and 1, and flat at both
ends, where its gradient is almost zero. Train and watch the loss curve.
</source>
        <extracomment>Markdown text of lesson &quot;activations&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>Les activations sont ici des **Sigmoid**, σ(z) = 1 / (1 + e⁻ᶻ)&#xa0;: une fonction douce, comprise entre 0 et 1, et plate aux deux
extrémités, là où son gradient est presque nul. Entraînez et observez la courbe de perte.
</translation>
    </message>
    <message>
        <source>Tanh</source>
        <extracomment>Title of lesson &quot;activations&quot;, step 2</extracomment>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Replace both Sigmoid layers by **Tanh**, tanh(z), which runs from −1 to 1 and is centred on zero.
Train again: the Runs panel keeps the Sigmoid run, so select both runs to overlay their curves.
</source>
        <extracomment>Markdown text of lesson &quot;activations&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>Remplacez les deux couches Sigmoid par **Tanh**, tanh(z), qui va de −1 à 1 et est centrée sur zéro.
Entraînez à nouveau&#xa0;: le panneau Essais conserve l&apos;essai Sigmoid, sélectionnez donc les deux essais pour superposer leurs courbes.
</translation>
    </message>
    <message>
        <source>Select a Sigmoid card, delete it, and join the wires through a new Tanh layer.</source>
        <extracomment>A hint of lesson &quot;activations&quot;, step 2</extracomment>
        <translation>Sélectionnez un bloc Sigmoid, supprimez-le et joignez les liens à travers une nouvelle couche Tanh.</translation>
    </message>
    <message>
        <source>ReLU</source>
        <extracomment>Title of lesson &quot;activations&quot;, step 3</extracomment>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Now **ReLU**, max(0, z): zero for negative inputs, the input itself otherwise. It is cheap and its
gradient does not fade for large inputs, which is why deep networks use it. Its boundary is made of
straight pieces: look closely at the Decision Boundary panel.
</source>
        <extracomment>Markdown text of lesson &quot;activations&quot;, step 3; keep the ** and * marks</extracomment>
        <translation>Passons à **ReLU**, max(0, z)&#xa0;: zéro pour les entrées négatives, l&apos;entrée elle-même sinon. Elle est peu coûteuse et son
gradient ne s&apos;atténue pas pour les grandes entrées, c&apos;est pourquoi les réseaux profonds l&apos;utilisent. Sa frontière est faite de
morceaux de droites&#xa0;: regardez de près le panneau Frontière de décision.
</translation>
    </message>
    <message>
        <source>Compare the three runs in the Runs panel: which reached 95% first?</source>
        <extracomment>A hint of lesson &quot;activations&quot;, step 3</extracomment>
        <translation>Comparez les trois essais dans le panneau Essais&#xa0;: lequel a atteint 95&#xa0;% en premier&#xa0;?</translation>
    </message>
    <message>
        <source>Three runs to compare in the Runs panel</source>
        <extracomment>A goal of lesson &quot;activations&quot;, step 3</extracomment>
        <translation>Trois essais à comparer dans le panneau Essais</translation>
    </message>
    <message>
        <source>The learning rate: too small, right, too large</source>
        <extracomment>Title of the lesson &quot;learning-rate&quot;</extracomment>
        <translation>Le taux d&apos;apprentissage&#xa0;: trop petit, juste bien, trop grand</translation>
    </message>
    <message>
        <source>The same network fitting a sine curve with three learning rates: one crawls, one fits, one diverges.</source>
        <extracomment>One-sentence summary of the lesson &quot;learning-rate&quot;</extracomment>
        <translation>Le même réseau ajuste une sinusoïde avec trois taux d&apos;apprentissage&#xa0;: le premier rampe, le deuxième s&apos;ajuste, le troisième diverge.</translation>
    </message>
    <message>
        <source>Too small</source>
        <extracomment>Title of lesson &quot;learning-rate&quot;, step 1</extracomment>
        <translation>Trop petit</translation>
    </message>
    <message>
        <source>Press Train (F5) and look at the loss chart.</source>
        <extracomment>A hint of lesson &quot;learning-rate&quot;, step 1</extracomment>
        <translation>Cliquez sur Entraîner (F5) et regardez le graphique de la perte.</translation>
    </message>
    <message>
        <source>The training loss is still above 0.1</source>
        <extracomment>A goal of lesson &quot;learning-rate&quot;, step 1</extracomment>
        <translation>La perte d&apos;entraînement reste au-dessus de 0,1</translation>
    </message>
    <message>
        <source>About right</source>
        <extracomment>Title of lesson &quot;learning-rate&quot;, step 2</extracomment>
        <translation>À peu près juste</translation>
    </message>
    <message>
        <source>Set the learning rate to **0.05**, reset the weights and train again. The loss now falls quickly and
the validation loss follows it.
</source>
        <extracomment>Markdown text of lesson &quot;learning-rate&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>Réglez le taux d&apos;apprentissage sur **0,05**, réinitialisez les poids et entraînez à nouveau. La perte baisse maintenant vite et
la perte de validation la suit.
</translation>
    </message>
    <message>
        <source>Reset Weights starts a new run from fresh weights.</source>
        <extracomment>A hint of lesson &quot;learning-rate&quot;, step 2</extracomment>
        <translation>Réinitialiser les poids lance un nouvel essai à partir de nouveaux poids.</translation>
    </message>
    <message>
        <source>Too large</source>
        <extracomment>Title of lesson &quot;learning-rate&quot;, step 3</extracomment>
        <translation>Trop grand</translation>
    </message>
    <message>
        <source>The Runs panel lists the three runs with their learning rates side by side.</source>
        <extracomment>A hint of lesson &quot;learning-rate&quot;, step 3</extracomment>
        <translation>Le panneau Essais affiche côte à côte les trois essais avec leurs taux d&apos;apprentissage.</translation>
    </message>
    <message>
        <source>Runs with three different learning rates</source>
        <extracomment>A goal of lesson &quot;learning-rate&quot;, step 3</extracomment>
        <translation>Essais avec trois taux d&apos;apprentissage différents</translation>
    </message>
    <message>
        <source>Overfitting, and what fights it</source>
        <extracomment>Title of the lesson &quot;overfitting&quot;</extracomment>
        <translation>Le surapprentissage, et comment le combattre</translation>
    </message>
    <message>
        <source>A large network memorises a small noisy data set; validation shows it, Dropout and weight decay fight it.</source>
        <extracomment>One-sentence summary of the lesson &quot;overfitting&quot;</extracomment>
        <translation>Un grand réseau mémorise un petit jeu de données bruité&#xa0;; la validation le révèle, Dropout et la décroissance des poids le combattent.</translation>
    </message>
    <message>
        <source>Memorising</source>
        <extracomment>Title of lesson &quot;overfitting&quot;, step 1</extracomment>
        <translation>Apprendre par cœur</translation>
    </message>
    <message>
        <source>200 noisy points and a network with over 4,000 parameters: it can learn every training point by
heart. Train for 300 epochs and compare the **training** and **validation** curves in the Metrics
panel: the training loss keeps falling while the validation loss turns back up. That gap is
**overfitting**.
</source>
        <extracomment>Markdown text of lesson &quot;overfitting&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>200 points bruités et un réseau de plus de 4&#xa0;000 paramètres&#xa0;: il peut apprendre chaque point d&apos;entraînement par
cœur. Entraînez pendant 300 époques et comparez les courbes d&apos;**entraînement** et de **validation** dans le panneau
Métriques&#xa0;: la perte d&apos;entraînement continue de baisser tandis que la perte de validation remonte. Cet écart, c&apos;est le
**surapprentissage**.
</translation>
    </message>
    <message>
        <source>The dashed curve is validation; look at where it stops improving.</source>
        <extracomment>A hint of lesson &quot;overfitting&quot;, step 1</extracomment>
        <translation>La courbe en pointillés est celle de validation&#xa0;; regardez où elle cesse de s&apos;améliorer.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <extracomment>Title of lesson &quot;overfitting&quot;, step 2</extracomment>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Dropout is only active while training; the validation pass uses every neuron.</source>
        <extracomment>A hint of lesson &quot;overfitting&quot;, step 2</extracomment>
        <translation>L&apos;abandon (Dropout) n&apos;agit que pendant l&apos;entraînement&#xa0;; la passe de validation utilise tous les neurones.</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <extracomment>Title of lesson &quot;overfitting&quot;, step 3</extracomment>
        <translation>Décroissance des poids</translation>
    </message>
    <message>
        <source>Weight decay is in the Training panel, under Optimizer.</source>
        <extracomment>A hint of lesson &quot;overfitting&quot;, step 3</extracomment>
        <translation>La décroissance des poids se trouve dans le panneau Entraînement, sous Optimiseur.</translation>
    </message>
    <message>
        <source>Convolution and feature maps</source>
        <extracomment>Title of the lesson &quot;convolution&quot;</extracomment>
        <translation>Convolution et cartes de caractéristiques</translation>
    </message>
    <message>
        <source>Small filters slid over Fashion-MNIST images: what a convolution computes and what its feature maps show.</source>
        <extracomment>One-sentence summary of the lesson &quot;convolution&quot;</extracomment>
        <translation>De petits filtres glissés sur des images Fashion-MNIST&#xa0;: ce que calcule une convolution et ce que montrent ses cartes de caractéristiques.</translation>
    </message>
    <message>
        <source>Filters</source>
        <extracomment>Title of lesson &quot;convolution&quot;, step 1</extracomment>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>A **Conv2D** layer slides small 3×3 filters over the image; each filter computes a weighted sum of the
9 pixels under it at every position, giving one **feature map** per filter. The same 9 weights serve
the whole image, so this layer has only 8 × (9 + 1) = 80 parameters.

Train for one epoch (Fashion-MNIST: 60,000 clothing images in 10 classes).
</source>
        <extracomment>Markdown text of lesson &quot;convolution&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>Une couche **Conv2D** fait glisser de petits filtres 3×3 sur l&apos;image&#xa0;; à chaque position, chaque filtre calcule une somme pondérée des
9 pixels situés dessous, ce qui donne une **carte de caractéristiques** par filtre. Les mêmes 9 poids servent
pour toute l&apos;image&#xa0;: cette couche n&apos;a donc que 8 × (9 + 1) = 80 paramètres.

Entraînez pendant une époque (Fashion-MNIST&#xa0;: 60&#xa0;000 images de vêtements réparties en 10 classes).
</translation>
    </message>
    <message>
        <source>Fashion-MNIST comes with Neuroweave (the Debian package dataset-fashion-mnist).</source>
        <extracomment>A hint of lesson &quot;convolution&quot;, step 1</extracomment>
        <translation>Fashion-MNIST est fourni avec Neuroweave (le paquet Debian dataset-fashion-mnist).</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <extracomment>Title of lesson &quot;convolution&quot;, step 2</extracomment>
        <translation>Cartes de caractéristiques</translation>
    </message>
    <message>
        <source>Select **conv_1** and open the **Activations** panel: the 8 maps show where each filter responds in
the chosen sample, edges in one direction, bright areas in another. Switch the panel to *Weights* to
see the 3×3 filters themselves.

Now add a second convolution (16 filters) with a ReLU and a max-pooling after **pool_1**, and train
again: the second layer combines the first layer&apos;s maps into larger patterns.
</source>
        <extracomment>Markdown text of lesson &quot;convolution&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>Sélectionnez **conv_1** et ouvrez le panneau **Activations**&#xa0;: les 8 cartes montrent où chaque filtre réagit dans
l&apos;exemple choisi, des bords dans une direction, des zones claires dans une autre. Passez le panneau sur *Poids* pour
voir les filtres 3×3 eux-mêmes.

Ajoutez maintenant une deuxième convolution (16 filtres) avec une ReLU et un max-pooling après **pool_1**, puis entraînez
à nouveau&#xa0;: la deuxième couche combine les cartes de la première en motifs plus grands.
</translation>
    </message>
    <message>
        <source>MaxPool2D halves the size of each map: 28 → 13 → 5 with two blocks.</source>
        <extracomment>A hint of lesson &quot;convolution&quot;, step 2</extracomment>
        <translation>MaxPool2D divise par deux la taille de chaque carte&#xa0;: 28 → 13 → 5 avec deux blocs.</translation>
    </message>
    <message>
        <source>Reading a confusion matrix</source>
        <extracomment>Title of the lesson &quot;confusion-matrix&quot;</extracomment>
        <translation>Lire une matrice de confusion</translation>
    </message>
    <message>
        <source>Which clothes the network mixes up, and the misclassified images behind each number.</source>
        <extracomment>One-sentence summary of the lesson &quot;confusion-matrix&quot;</extracomment>
        <translation>Quels vêtements le réseau confond, et les images mal classées derrière chaque nombre.</translation>
    </message>
    <message>
        <source>Train</source>
        <extracomment>Title of lesson &quot;confusion-matrix&quot;, step 1</extracomment>
        <translation>Entraîner</translation>
    </message>
    <message>
        <source>Train this network on Fashion-MNIST for two epochs. Accuracy alone says how often it is right, not
**what** it confuses.
</source>
        <extracomment>Markdown text of lesson &quot;confusion-matrix&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>Entraînez ce réseau sur Fashion-MNIST pendant deux époques. La précision seule indique à quelle fréquence il a raison, mais pas
**quelles classes** il confond.
</translation>
    </message>
    <message>
        <source>The matrix</source>
        <extracomment>Title of lesson &quot;confusion-matrix&quot;, step 2</extracomment>
        <translation>La matrice</translation>
    </message>
    <message>
        <source>Open the **Evaluation** panel. Each row is a true class, each column the class the network predicted;
the diagonal holds the correct answers. Find the largest number off the diagonal: usually *Shirt*
taken for *T-shirt/top*, *Pullover* or *Coat*. Click that cell to see exactly those images: would you
have got them right?

Then train two more epochs and see whether that cell shrinks.
</source>
        <extracomment>Markdown text of lesson &quot;confusion-matrix&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>Ouvrez le panneau **Évaluation**. Chaque ligne est une classe réelle, chaque colonne la classe prédite par le réseau&#xa0;;
la diagonale contient les bonnes réponses. Trouvez le plus grand nombre hors de la diagonale&#xa0;: en général *Shirt*
pris pour *T-shirt/top*, *Pullover* ou *Coat*. Cliquez sur cette case pour voir exactement ces images&#xa0;: les auriez-vous
bien classées&#xa0;?

Entraînez ensuite deux époques de plus et voyez si cette case diminue.
</translation>
    </message>
    <message>
        <source>Train continues the run when the network has not changed.</source>
        <extracomment>A hint of lesson &quot;confusion-matrix&quot;, step 2</extracomment>
        <translation>Entraîner poursuit l&apos;essai tant que le réseau n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>Backpropagation, one step at a time</source>
        <extracomment>Title of the lesson &quot;backpropagation&quot;</extracomment>
        <translation>La rétropropagation, pas à pas</translation>
    </message>
    <message>
        <source>A network small enough to follow by hand: the forward pass, the loss, each weight&apos;s gradient and its update.</source>
        <extracomment>One-sentence summary of the lesson &quot;backpropagation&quot;</extracomment>
        <translation>Un réseau assez petit pour être suivi à la main&#xa0;: la propagation avant, la perte, le gradient de chaque poids et sa mise à jour.</translation>
    </message>
    <message>
        <source>One step</source>
        <extracomment>Title of lesson &quot;backpropagation&quot;, step 1</extracomment>
        <translation>Un pas</translation>
    </message>
    <message>
        <source>Training repeats one **step**: a forward pass computes the outputs of a mini-batch (4 points here), the
loss measures how wrong they are, the **backward pass** applies the chain rule from the loss back to
every weight, ∂L/∂w, and each weight moves **w ← w − η·∂L/∂w**.

Select the **hidden** layer and open the **Maths** panel. **Next** walks through one step for one of
its neurons with the real numbers: the forward pass (z = w·x + b, then the sigmoid), the loss, the
backward pass (δ = ∂L/∂z and each ∂L/∂w = δ·x) and the update w ← w − η·∂L/∂w; after the update it
trains that step. Take one step so (or press **Step**, F6).
</source>
        <extracomment>Markdown text of lesson &quot;backpropagation&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>L&apos;entraînement répète un même **pas**&#xa0;: une propagation avant calcule les sorties d&apos;un mini-lot (ici 4 points), la
perte mesure à quel point elles sont fausses, la **rétropropagation** applique la règle de dérivation en chaîne de la perte jusqu&apos;à
chaque poids, ∂L/∂w, et chaque poids est mis à jour&#xa0;: **w ← w − η·∂L/∂w**.

Sélectionnez la couche **hidden** et ouvrez le panneau **Maths**. **Suivant** détaille un pas pour l&apos;un de
ses neurones avec les vrais nombres&#xa0;: la propagation avant (z = w·x + b, puis la sigmoïde), la perte, la
rétropropagation (δ = ∂L/∂z et chaque ∂L/∂w = δ·x) et la mise à jour w ← w − η·∂L/∂w&#xa0;; après la mise à jour, il
entraîne ce pas. Faites ainsi un pas (ou cliquez sur **Un pas**, F6).
</translation>
    </message>
    <message>
        <source>Step trains exactly one mini-batch and pauses.</source>
        <extracomment>A hint of lesson &quot;backpropagation&quot;, step 1</extracomment>
        <translation>Un pas entraîne exactement un mini-lot, puis se met en pause.</translation>
    </message>
    <message>
        <source>Type a weight into the Maths panel to check a calculation done on paper; Ctrl+Z takes it back.</source>
        <extracomment>A hint of lesson &quot;backpropagation&quot;, step 1</extracomment>
        <translation>Saisissez un poids dans le panneau Maths pour vérifier un calcul fait sur papier&#xa0;; Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <source>The chain rule</source>
        <extracomment>Title of lesson &quot;backpropagation&quot;, step 2</extracomment>
        <translation>La règle de dérivation en chaîne</translation>
    </message>
    <message>
        <source>If it gets stuck near 50%, Reset Weights and train again: a few neurons can start badly.</source>
        <extracomment>A hint of lesson &quot;backpropagation&quot;, step 2</extracomment>
        <translation>S&apos;il reste bloqué vers 50&#xa0;%, cliquez sur Réinitialiser les poids et entraînez à nouveau&#xa0;: quelques neurones peuvent mal démarrer.</translation>
    </message>
    <message>
        <source>The boundary between the two colours is a **straight line**: where the two neurons&apos; sums are equal,
w·x + b = w′·x + b′, which is the equation of a line. A network with **no hidden layer** is exactly
*logistic regression*, however long it trains.

Raise the **learning rate** to 0.1, press **Reset Weights** and train again: the line settles faster,
but it stays a line.
</source>
        <extracomment>Markdown text of lesson &quot;single-neuron&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>La frontière entre les deux couleurs est une **ligne droite** : c&apos;est là où les sommes des deux neurones sont égales,
w·x + b = w′·x + b′, ce qui est l&apos;équation d&apos;une droite. Un réseau **sans couche cachée** est exactement une
*régression logistique*, quelle que soit la durée de l&apos;entraînement.

Augmentez le **taux d&apos;apprentissage** à 0,1, cliquez sur **Réinitialiser les poids** et entraînez à nouveau : la ligne
se place plus vite, mais elle reste une ligne.
</translation>
    </message>
    <message>
        <source>In the **XOR** data the top-left and bottom-right points are one class, the other two corners the
other. Train this network without a hidden layer and look at the boundary: all it can draw is one
straight line, and no line puts opposite corners on the same side, so about half of the points stay
wrong whatever it does. The map stays pale because the network is unsure almost everywhere.
</source>
        <extracomment>Markdown text of lesson &quot;xor&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>Dans les données **XOR**, les points en haut à gauche et en bas à droite forment une classe, les deux autres coins
l&apos;autre. Entraînez ce réseau sans couche cachée et regardez la frontière : il ne peut tracer qu&apos;une seule droite, et
aucune droite ne place deux coins opposés du même côté ; environ la moitié des points restent donc mal classés, quoi
qu&apos;il fasse. La carte reste pâle parce que le réseau hésite presque partout.
</translation>
    </message>
    <message>
        <source>Insert a **Dense** layer with 8 neurons and a **Tanh** activation between the input and the output
layer: delete the wire from input to output, drag the two layers from the palette and wire
input → Dense → Tanh → output. Each hidden neuron draws its own line (see the small maps under its
card); the output layer combines them into a region that bends.
</source>
        <extracomment>Markdown text of lesson &quot;xor&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>Insérez une couche **Dense** de 8 neurones et une activation **Tanh** entre l&apos;entrée et la couche de sortie :
supprimez le lien de input vers output, faites glisser les deux couches depuis la palette et reliez
entrée → Dense → Tanh → sortie. Chaque neurone caché trace sa propre droite (voir les petites cartes sous sa
carte) ; la couche de sortie les combine en une région qui se courbe.
</translation>
    </message>
    <message>
        <source>Gradient descent moves each weight a step **w ← w − η·∂L/∂w** against its gradient; η is the
**learning rate**. This network fits y = sin(x) with plain SGD at η = 0.0001. Train it: the loss
falls only slowly and is still far from zero after 30 epochs.
</source>
        <extracomment>Markdown text of lesson &quot;learning-rate&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>La descente de gradient déplace chaque poids d&apos;un pas **w ← w − η·∂L/∂w** à l&apos;opposé de son gradient ; η est le
**taux d&apos;apprentissage**. Ce réseau ajuste y = sin(x) avec un SGD simple à η = 0,0001. Entraînez-le : la perte
ne baisse que lentement et reste loin de zéro après 30 époques.
</translation>
    </message>
    <message>
        <source>Now set it to **2** or more, press **Reset Weights** and train. Each step overshoots the minimum by
more than it corrected, the weights grow without bound and the loss becomes infinite: training
**diverges**, and the run stops and says so.
</source>
        <extracomment>Markdown text of lesson &quot;learning-rate&quot;, step 3; keep the ** and * marks</extracomment>
        <translation>Réglez-le maintenant à **2** ou plus, cliquez sur **Réinitialiser les poids** et entraînez. Chaque pas dépasse le
minimum de plus qu&apos;il n&apos;a corrigé, les poids grandissent sans limite et la perte devient infinie : l&apos;entraînement
**diverge**, et l&apos;essai s&apos;arrête en le signalant.
</translation>
    </message>
    <message>
        <source>The **dropout** layer is disabled. Switch it on (right-click it and untick **Disable Layer**): during
training it sets a random 30% of the hidden outputs to zero at every step, so no neuron can rely on
another. Press **Reset Weights**, train again and compare the two runs.
</source>
        <extracomment>Markdown text of lesson &quot;overfitting&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>La couche **dropout** est désactivée. Activez-la (clic droit dessus, puis décochez **Désactiver la couche**) :
pendant l&apos;entraînement, elle met à zéro 30 % des sorties cachées, tirées au hasard à chaque pas, si bien qu&apos;aucun
neurone ne peut compter sur un autre. Cliquez sur **Réinitialiser les poids**, entraînez à nouveau et comparez les deux essais.
</translation>
    </message>
    <message>
        <source>**Weight decay** pulls every weight a little towards zero at each step, which keeps the boundary
smooth. Switch the dropout layer off again, set weight decay to 0.001 in the optimizer settings, press
**Reset Weights** and train once more. Compare the three runs in the Runs panel: the regularised ones
end with a higher training loss but a lower validation loss. They learned the spirals, not the noise.
</source>
        <extracomment>Markdown text of lesson &quot;overfitting&quot;, step 3; keep the ** and * marks</extracomment>
        <translation>La **décroissance des poids** tire chaque poids un peu vers zéro à chaque pas, ce qui garde la frontière
lisse. Désactivez de nouveau la couche dropout, réglez la décroissance des poids à 0,001 dans les réglages de
l&apos;optimiseur, cliquez sur **Réinitialiser les poids** et entraînez encore une fois. Comparez les trois essais dans le
panneau Essais : les essais régularisés finissent avec une perte d&apos;entraînement plus élevée, mais une perte de
validation plus basse. Ils ont appris les spirales, pas le bruit.
</translation>
    </message>
    <message>
        <source>The output layer&apos;s gradient is (predicted probability − true label) times its input; the hidden layer
gets that error sent back through the output weights and multiplied by the sigmoid&apos;s slope,
σ(z)(1 − σ(z)), at most 0.25. That factor is why gradients shrink on their way back through many
sigmoid layers.

Step a few more times and watch the weights change. Then set **Epochs** to 60 in the Training panel
and press **Train** (F5; after stepping the button says **Resume**) to finish: four sigmoid neurons
are enough for XOR.
</source>
        <extracomment>Markdown text of lesson &quot;backpropagation&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>Le gradient de la couche de sortie vaut (probabilité prédite − étiquette vraie) fois son entrée ; la couche cachée
reçoit cette erreur renvoyée à travers les poids de sortie, multipliée par la pente de la sigmoïde,
σ(z)(1 − σ(z)), au plus 0,25. C&apos;est ce facteur qui fait rétrécir les gradients lorsqu&apos;ils remontent à travers de
nombreuses couches sigmoïdes.

Faites encore quelques pas et regardez les poids changer. Réglez ensuite **Époques** à 60 dans le panneau
Entraînement et cliquez sur **Entraîner** (F5 ; après des pas, le bouton s&apos;appelle **Reprendre**) pour terminer :
quatre neurones sigmoïdes suffisent pour XOR.
</translation>
    </message>
</context>
<context>
    <name>LessonReport</name>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non atteint</translation>
    </message>
</context>
<context>
    <name>RecoveryFolder</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot lock %1.</source>
        <translation>Impossible de verrouiller %1.</translation>
    </message>
</context>
<context>
    <name>UserPrompts</name>
    <message>
        <source>Neuroweave projects (*.nwproj)</source>
        <translation>Projets Neuroweave (*.nwproj)</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>Voulez-vous enregistrer les modifications de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t Save</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Exporter le schéma</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>Dessin SVG (*.svg);;Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Rename Layer</source>
        <translation>Renommer la couche</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Closing stops it. What is done so far is kept.</source>
        <translation>La fermeture l&apos;arrête. Ce qui est déjà fait est conservé.</translation>
    </message>
    <message>
        <source>&amp;Stop and Close</source>
        <translation>&amp;Arrêter et fermer</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Their records, curves and notes are removed from the project; this cannot be undone.</source>
        <translation>Leurs résultats, courbes et notes seront supprimés du projet&#xa0;; cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Recover Project</source>
        <translation>Récupérer le projet</translation>
    </message>
    <message>
        <source>Neuroweave did not close properly. A recovery copy of “%1” with unsaved changes was kept.</source>
        <translation>Neuroweave ne s&apos;est pas fermé correctement. Une copie de récupération de «&#xa0;%1&#xa0;» contenant des modifications non enregistrées a été conservée.</translation>
    </message>
    <message>
        <source>It was saved on %1 at %2. Restore it?</source>
        <translation>Elle a été enregistrée le %1 à %2. La restaurer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Import Model</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>Modèles ONNX (*.onnx)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, train and export neural networks visually.</source>
        <translation>Concevoir, entraîner et exporter visuellement des réseaux de neurones.</translation>
    </message>
    <message>
        <source>A project (.nwproj) to open.</source>
        <translation>Un projet (.nwproj) à ouvrir.</translation>
    </message>
    <message>
        <source>Save a PNG picture of the window to &lt;png&gt; and quit.</source>
        <translation>Enregistrer une image PNG de la fenêtre dans &lt;png&gt; et quitter.</translation>
    </message>
    <message>
        <source>Select the layer named &lt;name&gt;.</source>
        <translation>Sélectionner la couche nommée &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Start training the opened project.</source>
        <translation>Lancer l&apos;entraînement du projet ouvert.</translation>
    </message>
    <message>
        <source>With --train: train for &lt;n&gt; epochs.</source>
        <translation>Avec --train&#xa0;: entraîner pendant &lt;n&gt; époques.</translation>
    </message>
    <message>
        <source>Bring the panel &lt;name&gt; (dock.activations, …) to the front.</source>
        <translation>Mettre le panneau &lt;name&gt; (dock.activations, …) au premier plan.</translation>
    </message>
    <message>
        <source>Start the lesson &lt;lesson&gt;: a built-in one&apos;s id (xor, …) or a .nwlesson file.</source>
        <translation>Lancer la leçon &lt;lesson&gt;&#xa0;: l&apos;identifiant d&apos;une leçon intégrée (xor, …) ou un fichier .nwlesson.</translation>
    </message>
    <message>
        <source>Start in presenter mode.</source>
        <translation>Démarrer en mode présentateur.</translation>
    </message>
    <message>
        <source>There is no layer named %1.</source>
        <translation>Aucune couche ne s&apos;appelle %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Speak &lt;code&gt; for this run: en, de, fr, es or zh_CN.</source>
        <translation>Parler &lt;code&gt; pour cette exécution : en, de, fr, es ou zh_CN.</translation>
    </message>
    <message>
        <source>Unknown language %1: use en, de, fr, es or zh_CN.</source>
        <translation>Langue inconnue %1 : utilisez en, de, fr, es ou zh_CN.</translation>
    </message>
</context>
<context>
    <name>nw::gui</name>
    <message>
        <source>%1 params</source>
        <translation>%1 paramètres</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>shape unknown</source>
        <translation>forme inconnue</translation>
    </message>
    <message>
        <source>Attributes (default):</source>
        <translation>Attributs (par défaut)&#xa0;:</translation>
    </message>
    <message>
        <source>Range: %1 to %2%3</source>
        <translation>Plage&#xa0;: de %1 à %2%3</translation>
    </message>
</context>
<context>
    <name>nw::gui::ActivationView</name>
    <message>
        <source>Root mean square of each layer&apos;s weight gradients and of the change of its weights per step, on a log scale: bars shrinking towards the input mean vanishing gradients, bars growing mean exploding ones</source>
        <translation>Moyenne quadratique des gradients des poids de chaque couche et de la variation de ses poids à chaque pas, en échelle logarithmique&#xa0;: des barres qui rétrécissent vers l&apos;entrée signalent des gradients qui s&apos;évanouissent, des barres qui grandissent des gradients qui explosent</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>gradient</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>Gradients appear once training runs.</source>
        <translation>Les gradients apparaissent dès que l&apos;entraînement démarre.</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradients</translation>
    </message>
    <message>
        <source>sample </source>
        <translation>exemple </translation>
    </message>
    <message>
        <source>Train the network, then select a layer to see what it computes.</source>
        <translation>Entraînez le réseau, puis sélectionnez une couche pour voir ce qu&apos;elle calcule.</translation>
    </message>
    <message>
        <source>Select a layer on the canvas to see its activations, weights and gradients.</source>
        <translation>Sélectionnez une couche sur le canevas pour voir ses activations, ses poids et ses gradients.</translation>
    </message>
    <message>
        <source>%1 has no output to show.</source>
        <translation>%1 n&apos;a pas de sortie à afficher.</translation>
    </message>
    <message>
        <source>%1 has no weights.</source>
        <translation>%1 n&apos;a pas de poids.</translation>
    </message>
    <message>
        <source>output for sample %1</source>
        <translation>sortie pour l&apos;exemple %1</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>weight gradients</source>
        <translation>gradients des poids</translation>
    </message>
    <message>
        <source>%1: %2, %3 · step %4</source>
        <translation>%1&#xa0;: %2, %3 · pas %4</translation>
    </message>
</context>
<context>
    <name>nw::gui::AssignmentDialog</name>
    <message>
        <source>Data set</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Décroissance des poids</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Save as Assignment</source>
        <translation>Enregistrer comme devoir</translation>
    </message>
    <message>
        <source>Assignment: %1</source>
        <translation>Devoir&#xa0;: %1</translation>
    </message>
    <message>
        <source>What the students should do (Markdown)</source>
        <translation>Ce que les élèves doivent faire (Markdown)</translation>
    </message>
    <message>
        <source>Validation accuracy at least</source>
        <translation>Précision de validation d&apos;au moins</translation>
    </message>
    <message>
        <source>At most this many parameters</source>
        <translation>Au plus ce nombre de paramètres</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>The steps and goals of the lesson being played are kept.</source>
        <translation>Les étapes et les objectifs de la leçon en cours sont conservés.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Locked for the students</source>
        <translation>Verrouillé pour les élèves</translation>
    </message>
    <message>
        <source>Layer kinds they may use</source>
        <translation>Types de couches autorisés</translation>
    </message>
    <message>
        <source>Only Those in the Network</source>
        <translation>Seulement ceux du réseau</translation>
    </message>
    <message>
        <source>The assignment needs a title.</source>
        <translation>Le devoir doit avoir un titre.</translation>
    </message>
    <message>
        <source>Tick at least one goal: it is what the hand-ins are graded on.</source>
        <translation>Cochez au moins un objectif&#xa0;: c&apos;est sur eux que les devoirs rendus sont notés.</translation>
    </message>
    <message>
        <source>Save Assignment</source>
        <translation>Enregistrer le devoir</translation>
    </message>
    <message>
        <source>Neuroweave lessons (*.nwlesson)</source>
        <translation>Leçons Neuroweave (*.nwlesson)</translation>
    </message>
</context>
<context>
    <name>nw::gui::AttributeField</name>
    <message>
        <source>e.g. 1×28×28</source>
        <translation>ex. 1×28×28</translation>
    </message>
    <message>
        <source>Write the dimensions as whole numbers separated by ×, e.g. 1×28×28.</source>
        <translation>Écrivez les dimensions en nombres entiers séparés par ×, par ex. 1×28×28.</translation>
    </message>
    <message>
        <source>grey 28×28 images (Fashion-MNIST, MNIST)</source>
        <translation>images 28×28 en niveaux de gris (Fashion-MNIST, MNIST)</translation>
    </message>
    <message>
        <source>colour 32×32 images</source>
        <translation>images 32×32 en couleur</translation>
    </message>
    <message>
        <source>a 28×28 image as one row of values</source>
        <translation>une image 28×28 sous forme d&apos;une ligne de valeurs</translation>
    </message>
    <message>
        <source>points in a plane (the Playground&apos;s data sets)</source>
        <translation>points dans un plan (jeux de données du Playground)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Common shapes</source>
        <translation>Formes courantes</translation>
    </message>
</context>
<context>
    <name>nw::gui::Autosaver</name>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation>Impossible d&apos;écrire la copie de récupération&#xa0;: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>The recovery copy of “%1” cannot be read.</source>
        <translation>La copie de récupération de «&#xa0;%1&#xa0;» est illisible.</translation>
    </message>
</context>
<context>
    <name>nw::gui::ConfusionMatrixWidget</name>
    <message>
        <source>Rows: true class; columns: predicted class. Click a cell to see its samples.</source>
        <translation>Lignes&#xa0;: classe réelle&#xa0;; colonnes&#xa0;: classe prédite. Cliquez sur une case pour voir ses exemples.</translation>
    </message>
    <message>
        <source>The confusion matrix appears after the first epoch of a classification run.</source>
        <translation>La matrice de confusion apparaît après la première époque d&apos;un entraînement de classification.</translation>
    </message>
    <message>
        <source>predicted →</source>
        <translation>prédiction →</translation>
    </message>
    <message>
        <source>acc.</source>
        <translation>préc.</translation>
    </message>
</context>
<context>
    <name>nw::gui::DatasetPanel</name>
    <message>
        <source>Spirals</source>
        <translation>Spirales</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Cercles</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation>Amas gaussiens</translation>
    </message>
    <message>
        <source>Sine (regression)</source>
        <translation>Sinus (régression)</translation>
    </message>
    <message>
        <source>Polynomial (regression)</source>
        <translation>Polynôme (régression)</translation>
    </message>
    <message>
        <source>The data cannot be read: %1</source>
        <translation>Impossible de lire les données&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 samples of %2</source>
        <translation>%1 exemples de forme %2</translation>
    </message>
    <message>
        <source>Samples per class: %1</source>
        <translation>Exemples par classe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Regression, target values per sample: %1</source>
        <translation>Régression, valeurs cibles par exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>IDX folder</source>
        <translation>Dossier IDX</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>Dossier d&apos;images</translation>
    </message>
    <message>
        <source>How many points are generated</source>
        <translation>Nombre de points générés</translation>
    </message>
    <message>
        <source>Noise, as a fraction of the data&apos;s scale</source>
        <translation>Bruit, en fraction de l&apos;échelle des données</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>Fichier ou dossier</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>The fraction of samples held out to measure validation loss and accuracy</source>
        <translation>La fraction des exemples mise de côté pour mesurer la perte et la précision de validation</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Unit range [0, 1]</source>
        <translation>Intervalle [0, 1]</translation>
    </message>
    <message>
        <source>Standardize</source>
        <translation>Standardiser</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Bruit</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Normalisation</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Choose a data folder</source>
        <translation>Choisir un dossier de données</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Lecture des données…</translation>
    </message>
</context>
<context>
    <name>nw::gui::DecisionBoundaryView</name>
    <message>
        <source>The decision boundary is drawn for data sets with two features, such as the spirals.</source>
        <translation>La frontière de décision est tracée pour les jeux de données à deux caractéristiques, comme les spirales.</translation>
    </message>
    <message>
        <source>Train a network on a data set with two features to see its decision boundary here.</source>
        <translation>Entraînez un réseau sur un jeu de données à deux caractéristiques pour voir ici sa frontière de décision.</translation>
    </message>
    <message>
        <source>● training   ○ validation   step %1</source>
        <translation>● entraînement   ○ validation   pas %1</translation>
    </message>
</context>
<context>
    <name>nw::gui::DistributionView</name>
    <message>
        <source>epoch %1</source>
        <translation>époque %1</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradients</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>Which values of the selected layer: its weights and biases, their gradients, or its outputs for a fixed set of validation samples</source>
        <translation>Quelles valeurs de la couche sélectionnée&#xa0;: ses poids et biais, leurs gradients, ou ses sorties pour un ensemble fixe d&apos;exemples de validation</translation>
    </message>
    <message>
        <source>One column per epoch: the darker a cell, the more of that epoch&apos;s values lie in its interval</source>
        <translation>Une colonne par époque&#xa0;: plus une case est foncée, plus les valeurs de cette époque tombent dans son intervalle</translation>
    </message>
    <message>
        <source>Select a layer on the canvas to see how its values are distributed, epoch after epoch.</source>
        <translation>Sélectionnez une couche sur le canevas pour voir comment ses valeurs se répartissent, époque après époque.</translation>
    </message>
    <message>
        <source>%1 has no weights: choose Activations to see its outputs.</source>
        <translation>%1 n&apos;a pas de poids&#xa0;: choisissez Activations pour voir ses sorties.</translation>
    </message>
    <message>
        <source>Train the network: each epoch adds a column showing how the values of %1 are distributed.</source>
        <translation>Entraînez le réseau&#xa0;: chaque époque ajoute une colonne montrant la répartition des valeurs de %1.</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>gradients</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>sorties</translation>
    </message>
    <message>
        <source>%1: %2, epochs %3–%4</source>
        <translation>%1&#xa0;: %2, époques %3–%4</translation>
    </message>
    <message>
        <source>%1: %2, epochs %3–%4 (%5 of them sampled)</source>
        <translation>%1&#xa0;: %2, époques %3–%4 (dont %5 échantillonnées)</translation>
    </message>
</context>
<context>
    <name>nw::gui::EditorActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>Move the selected layers to the clipboard</source>
        <translation>Déplacer les couches sélectionnées vers le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected layers and their wires</source>
        <translation>Copier les couches sélectionnées et leurs liens</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Add the layers on the clipboard</source>
        <translation>Ajouter les couches du presse-papiers</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Copy the selected layers next to themselves</source>
        <translation>Copier les couches sélectionnées à côté d&apos;elles-mêmes</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected layers and wires</source>
        <translation>Supprimer les couches et liens sélectionnés</translation>
    </message>
    <message>
        <source>Delete and &amp;Join Wires</source>
        <translation>Supprimer et &amp;joindre les liens</translation>
    </message>
    <message>
        <source>Delete the selected layer and wire what fed it to what it fed</source>
        <translation>Supprimer la couche sélectionnée et relier ce qui l&apos;alimentait à ce qu&apos;elle alimentait</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select every layer and wire</source>
        <translation>Sélectionner toutes les couches et tous les liens</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Give the selected layer a new name</source>
        <translation>Donner un nouveau nom à la couche sélectionnée</translation>
    </message>
    <message>
        <source>Disa&amp;ble Layer</source>
        <translation>Désacti&amp;ver la couche</translation>
    </message>
    <message>
        <source>Switch the selected layers off: they pass their input through unchanged</source>
        <translation>Désactiver les couches sélectionnées&#xa0;: elles transmettent leur entrée sans la modifier</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Enlarge the canvas</source>
        <translation>Agrandir le canevas</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Shrink the canvas</source>
        <translation>Réduire le canevas</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Show the canvas at 100 %</source>
        <translation>Afficher le canevas à 100&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;Fit Network</source>
        <translation>&amp;Voir tout le réseau</translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation>Afficher le réseau entier</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Zoom sur la &amp;sélection</translation>
    </message>
    <message>
        <source>Show the selected layers</source>
        <translation>Afficher les couches sélectionnées</translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation>Aligner sur la &amp;grille</translation>
    </message>
    <message>
        <source>Align moved layers on the canvas grid</source>
        <translation>Aligner les couches déplacées sur la grille du canevas</translation>
    </message>
    <message>
        <source>A&amp;rrange Layers</source>
        <translation>&amp;Organiser les couches</translation>
    </message>
    <message>
        <source>Lay the network out from left to right</source>
        <translation>Disposer le réseau de gauche à droite</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corriger&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete Wire</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Add Layer</source>
        <translation>Ajouter une couche</translation>
    </message>
</context>
<context>
    <name>nw::gui::EvaluationView</name>
    <message>
        <source>true: %1</source>
        <translation>réelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 validation samples, %2% right · step %3</source>
        <translation>%1 exemples de validation, %2&#xa0;% corrects · pas %3</translation>
    </message>
    <message>
        <source>#%1: predicted %2, is %3</source>
        <translation>n° %1&#xa0;: prédit %2, réel %3</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>n° %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sample %1: predicted %2 (%3%), true class %4</source>
        <translation>Exemple %1&#xa0;: prédit %2 (%3&#xa0;%), classe réelle %4</translation>
    </message>
</context>
<context>
    <name>nw::gui::ExportDialog</name>
    <message>
        <source>The verification was cancelled: the export is not verified.</source>
        <translation>La vérification a été annulée&#xa0;: l&apos;export n&apos;est pas vérifié.</translation>
    </message>
    <message>
        <source>Not verified: %1 is not available (%2).</source>
        <translation>Non vérifié&#xa0;: %1 n&apos;est pas disponible (%2).</translation>
    </message>
    <message>
        <source>The verification failed: %1 did not run it (%2).</source>
        <translation>La vérification a échoué&#xa0;: %1 n&apos;a pas pu l&apos;exécuter (%2).</translation>
    </message>
    <message>
        <source>The verification failed: %1 differs from the engine on %2 by up to %3, more than the %4 allowed.</source>
        <translation>La vérification a échoué&#xa0;: %1 diffère du moteur sur %2 de %3 au plus, soit davantage que les %4 tolérés.</translation>
    </message>
    <message>
        <source>Verified with %1 on %2: largest difference %3.</source>
        <translation>Vérifié avec %1 sur %2&#xa0;: écart maximal %3.</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>Écriture de l&apos;export…</translation>
    </message>
    <message>
        <source>Running the engine on the verification samples…</source>
        <translation>Exécution du moteur sur les exemples de vérification…</translation>
    </message>
    <message>
        <source>Verifying with OpenCV DNN…</source>
        <translation>Vérification avec OpenCV DNN…</translation>
    </message>
    <message>
        <source>Verifying with PyTorch (check.py); this can take a minute…</source>
        <translation>Vérification avec PyTorch (check.py)&#xa0;; cela peut prendre une minute…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L&apos;export a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes).</source>
        <translation>%1 écrit (%2 octets).</translation>
    </message>
    <message>
        <source>The project is not trained: its initial weights were exported.</source>
        <translation>Le projet n&apos;est pas entraîné&#xa0;: ses poids initiaux ont été exportés.</translation>
    </message>
    <message>
        <source>Wrote %1 files (%2 bytes) to %3: model.py, train.py and check.py.</source>
        <translation>%1 fichiers écrits (%2 octets) dans %3&#xa0;: model.py, train.py et check.py.</translation>
    </message>
    <message>
        <source>Export Model</source>
        <translation>Exporter le modèle</translation>
    </message>
    <message>
        <source>ONNX model (.onnx)</source>
        <translation>Modèle ONNX (.onnx)</translation>
    </message>
    <message>
        <source>PyTorch code, weights and training script (folder)</source>
        <translation>Code PyTorch, poids et script d&apos;entraînement (dossier)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export ONNX Model</source>
        <translation>Exporter le modèle ONNX</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>Modèles ONNX (*.onnx)</translation>
    </message>
    <message>
        <source>Folder for the PyTorch Export</source>
        <translation>Dossier de l&apos;export PyTorch</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l&apos;export.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>An export is under way.</source>
        <translation>Un export est en cours.</translation>
    </message>
    <message>
        <source>Model expects scaled inputs</source>
        <translation>Le modèle attend des entrées mises à l’échelle</translation>
    </message>
    <message>
        <source>Leave the data scaling out of the model: its inputs must then be scaled as in training, as its metadata describes. Unticked, the model takes raw data.</source>
        <translation>Laisser la mise à l’échelle des données hors du modèle&#xa0;: ses entrées doivent alors être mises à l’échelle comme à l’entraînement, comme le décrivent ses métadonnées. Décoché, le modèle prend les données brutes.</translation>
    </message>
    <message>
        <source>%1 ran the int8 model on %2: accuracy %3% against %4% in float.</source>
        <translation>%1 a exécuté le modèle int8 sur %2&#xa0;: précision de %3&#xa0;% contre %4&#xa0;% en virgule flottante.</translation>
    </message>
    <message>
        <source>That loses more than the %1 points allowed.</source>
        <translation>C’est une perte de plus des %1&#xa0;points autorisés.</translation>
    </message>
    <message>
        <source>%1 ran the int8 model on %2: its outputs differ from the float ones by %3 on average (%4% of their spread).</source>
        <translation>%1 a exécuté le modèle int8 sur %2&#xa0;: ses sorties diffèrent de celles en virgule flottante de %3 en moyenne (%4&#xa0;% de leur dispersion).</translation>
    </message>
    <message>
        <source>That is more than the %1% allowed.</source>
        <translation>C’est plus que les %1&#xa0;% autorisés.</translation>
    </message>
    <message>
        <source>int8 model (smaller, for edge devices)</source>
        <translation>Modèle int8 (plus petit, pour les appareils embarqués)</translation>
    </message>
    <message>
        <source>Dense and convolution layers compute in 8-bit integers. The value ranges come from the project&apos;s training data; the export then compares the accuracy of the int8 and float models on its test data.</source>
        <translation>Les couches denses et de convolution calculent en entiers sur 8&#xa0;bits. Les plages de valeurs viennent des données d’entraînement du projet&#xa0;; l’export compare ensuite la précision des modèles int8 et en virgule flottante sur ses données de test.</translation>
    </message>
    <message>
        <source>1 layer computes in int8; the file is %1% of the float model&apos;s.</source>
        <translation>1 couche calcule en int8&#xa0;; le fichier fait %1&#xa0;% du modèle en virgule flottante.</translation>
    </message>
    <message numerus="yes">
        <source>%n layers compute in int8; the file is %1% of the float model&apos;s.</source>
        <translation>
            <numerusform>%n couche calcule en int8&#xa0;; le fichier fait %1&#xa0;% du modèle en virgule flottante.</numerusform>
            <numerusform>%n couches calculent en int8&#xa0;; le fichier fait %1&#xa0;% du modèle en virgule flottante.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nw::gui::GraphDocument</name>
    <message>
        <source>This assignment does not use %1 layers: it allows %2.</source>
        <translation>Ce devoir n&apos;utilise pas de couches %1&#xa0;: il autorise %2.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Layers</source>
        <translation>
            <numerusform>Supprimer %n couche</numerusform>
            <numerusform>Supprimer %n couches</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 and Join Its Wires</source>
        <translation>Supprimer %1 et joindre ses liens</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Connecter %1 à %2</translation>
    </message>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation>Déconnecter %1 de %2</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>Reconnecter %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Layers</source>
        <translation>
            <numerusform>Déplacer %n couche</numerusform>
            <numerusform>Déplacer %n couches</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n Layers</source>
        <translation>
            <numerusform>%n couche</numerusform>
            <numerusform>%n couches</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>Activer %1</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>Insérer %1</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Arrange Layers</source>
        <translation>Organiser les couches</translation>
    </message>
</context>
<context>
    <name>nw::gui::GraphScene</name>
    <message>
        <source>Added %1 without a wire: %2</source>
        <translation>Ajout de %1 sans lien&#xa0;: %2</translation>
    </message>
    <message>
        <source>Delete Selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>The clipboard holds no layers to paste.</source>
        <translation>Le presse-papiers ne contient aucune couche à coller.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Layers</source>
        <translation>
            <numerusform>Déplacer %n couche</numerusform>
            <numerusform>Déplacer %n couches</numerusform>
        </translation>
    </message>
    <message>
        <source>An output connects to an input, on the left side of a layer.</source>
        <translation>Une sortie se connecte à une entrée, sur le côté gauche d&apos;une couche.</translation>
    </message>
    <message>
        <source>An input connects to an output, on the right side of a layer.</source>
        <translation>Une entrée se connecte à une sortie, sur le côté droit d&apos;une couche.</translation>
    </message>
    <message>
        <source>Connected through a new %1 so the shapes fit (Ctrl+Z takes it back)</source>
        <translation>Connecté via une nouvelle couche %1 pour que les formes concordent (Ctrl+Z pour annuler)</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>nw::gui::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Select a layer on the canvas to see its shape and edit its attributes.</source>
        <translation>Sélectionnez une couche sur le canevas pour voir sa forme et modifier ses attributs.</translation>
    </message>
    <message>
        <source>The layer&apos;s name, unique in the network</source>
        <translation>Le nom de la couche, unique dans le réseau</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Formule&#xa0;:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Paramètres&#xa0;:</translation>
    </message>
    <message>
        <source>FLOPs:</source>
        <translation>FLOPs&#xa0;:</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>This layer has no attributes to set.</source>
        <translation>Cette couche n&apos;a aucun attribut à régler.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%2&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>encore inconnu</translation>
    </message>
    <message>
        <source>%1 per sample</source>
        <translation>%1 par exemple</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Correction&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>nw::gui::LayerSearchPopup</name>
    <message>
        <source>Add a layer…</source>
        <translation>Ajouter une couche…</translation>
    </message>
</context>
<context>
    <name>nw::gui::LessonsDock</name>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Each lesson opens a ready network and walks through one idea in a few steps; its goals tick green as you reach them.</source>
        <translation>Chaque leçon ouvre un réseau prêt à l&apos;emploi et explore une idée en quelques étapes&#xa0;; ses objectifs passent au vert dès que vous les atteignez.</translation>
    </message>
    <message>
        <source>Start Lesson</source>
        <translation>Commencer la leçon</translation>
    </message>
    <message>
        <source>Open Lesson File…</source>
        <translation>Ouvrir une leçon…</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <source>A one-page report with your name, the network, the curves and the goals met, as HTML or PDF</source>
        <translation>Un rapport d&apos;une page avec votre nom, le réseau, les courbes et les objectifs atteints, en HTML ou PDF</translation>
    </message>
    <message>
        <source>All Lessons</source>
        <translation>Toutes les leçons</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>Ouvrir une leçon</translation>
    </message>
    <message>
        <source>Neuroweave lessons (*.nwlesson)</source>
        <translation>Leçons Neuroweave (*.nwlesson)</translation>
    </message>
    <message>
        <source>%1
%2 · about %3 minutes</source>
        <translation>%1
%2 · environ %3 minutes</translation>
    </message>
    <message>
        <source>There is no lesson “%1”.</source>
        <translation>Il n&apos;existe pas de leçon «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The lesson %1 cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir la leçon %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Indice&#xa0;: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every goal is met: you have finished this lesson.</source>
        <translation>Tous les objectifs sont atteints&#xa0;: vous avez terminé cette leçon.</translation>
    </message>
    <message>
        <source>Every goal of this step is met: press Next when you are ready.</source>
        <translation>Tous les objectifs de cette étape sont atteints&#xa0;: cliquez sur Suivant quand vous êtes prêt.</translation>
    </message>
</context>
<context>
    <name>nw::gui::MainWindow</name>
    <message>
        <source>Restored %1 from its recovery copy</source>
        <translation>%1 restauré depuis sa copie de récupération</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Start a new project, empty or from a template</source>
        <translation>Commencer un nouveau projet, vide ou à partir d&apos;un modèle de projet</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Ouvrir un fichier de projet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Enregistrer le projet sous un nouveau nom</translation>
    </message>
    <message>
        <source>Save as Assi&amp;gnment…</source>
        <translation>Enregistrer comme &amp;devoir…</translation>
    </message>
    <message>
        <source>Save the network (or the lesson being played) as an assignment with locked controls and goals</source>
        <translation>Enregistrer le réseau (ou la leçon en cours) comme devoir, avec des réglages verrouillés et des objectifs</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>E&amp;xporter le schéma…</translation>
    </message>
    <message>
        <source>Save a picture of the network as SVG or PNG</source>
        <translation>Enregistrer une image du réseau en SVG ou PNG</translation>
    </message>
    <message>
        <source>Export the network diagram as SVG or PNG</source>
        <translation>Exporter le schéma du réseau en SVG ou PNG</translation>
    </message>
    <message>
        <source>Export &amp;Model…</source>
        <translation>Exporter le &amp;modèle…</translation>
    </message>
    <message>
        <source>Write the trained network as ONNX or PyTorch code, verified against the engine</source>
        <translation>Écrire le réseau entraîné en ONNX ou en code PyTorch, vérifié par rapport au moteur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Neuroweave</source>
        <translation>Quitter Neuroweave</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo the edit that was undone last</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <source>&amp;Find Layer</source>
        <translation>Rec&amp;hercher une couche</translation>
    </message>
    <message>
        <source>Search the layer palette</source>
        <translation>Rechercher dans la palette des couches</translation>
    </message>
    <message>
        <source>&amp;Help on Layer</source>
        <translation>&amp;Aide sur la couche</translation>
    </message>
    <message>
        <source>Explain the selected layer, or how to use the designer</source>
        <translation>Expliquer la couche sélectionnée, ou comment utiliser l&apos;éditeur</translation>
    </message>
    <message>
        <source>&amp;About Neuroweave</source>
        <translation>À &amp;propos de Neuroweave</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>Mode &amp;présentateur</translation>
    </message>
    <message>
        <source>Large text and cards, high contrast and only the panels a demonstration needs, for a projector</source>
        <translation>Texte et blocs agrandis, contraste élevé et seulement les panneaux utiles à une démonstration, pour un vidéoprojecteur</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <source>Lessons that walk through one idea at a time, with goals that check themselves</source>
        <translation>Leçons qui explorent une idée à la fois, avec des objectifs qui se vérifient d&apos;eux-mêmes</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Training is under way.</source>
        <translation>Un entraînement est en cours.</translation>
    </message>
    <message>
        <source>About Neuroweave</source>
        <translation>À propos de Neuroweave</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Neuroweave %1&lt;/h3&gt;&lt;p&gt;A visual designer for neural networks: drag layers onto a canvas, wire them into a network and watch it train live on your own computer.&lt;/p&gt;&lt;p&gt;Trained models export to ONNX and PyTorch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Neuroweave %1&lt;/h3&gt;&lt;p&gt;Un éditeur visuel de réseaux de neurones&#xa0;: faites glisser des couches sur un canevas, reliez-les pour former un réseau et regardez-le s&apos;entraîner en direct sur votre propre ordinateur.&lt;/p&gt;&lt;p&gt;Les modèles entraînés s&apos;exportent en ONNX et en PyTorch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Drag layers here to build a network</source>
        <translation>Faites glisser des couches ici pour construire un réseau</translation>
    </message>
    <message>
        <source>or open a project with %1</source>
        <translation>ou ouvrez un projet avec %1</translation>
    </message>
    <message>
        <source>There is no network to export yet.</source>
        <translation>Il n&apos;y a pas encore de réseau à exporter.</translation>
    </message>
    <message>
        <source>Could not export the diagram to “%1”.</source>
        <translation>Impossible d&apos;exporter le schéma vers «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Could not rename “%1”.</source>
        <translation>Impossible de renommer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Pa&amp;nneaux</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>Afficher ou masquer le panneau %1</translation>
    </message>
    <message>
        <source>&amp;Summary Bar</source>
        <translation>&amp;Barre de résumé</translation>
    </message>
    <message>
        <source>Show or hide the network summary in the status bar</source>
        <translation>Afficher ou masquer le résumé du réseau dans la barre d&apos;état</translation>
    </message>
    <message>
        <source>Could not add %1.</source>
        <translation>Impossible d&apos;ajouter %1.</translation>
    </message>
    <message>
        <source>Could not apply the fix.</source>
        <translation>Impossible d&apos;appliquer la correction.</translation>
    </message>
    <message>
        <source>Decision Boundary</source>
        <translation>Frontière de décision</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Distributions</translation>
    </message>
    <message>
        <source>Maths</source>
        <translation>Maths</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>T&amp;rain</source>
        <translation>E&amp;ntraînement</translation>
    </message>
    <message>
        <source>S&amp;weep…</source>
        <translation>&amp;Balayage…</translation>
    </message>
    <message>
        <source>Train one run per combination of one or two settings&apos; values and compare them</source>
        <translation>Entraîner un essai par combinaison des valeurs d&apos;un ou deux réglages, et les comparer</translation>
    </message>
    <message>
        <source>No lesson is open.</source>
        <translation>Aucune leçon n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>%1 layers, %2 parameters; %3 epochs trained</source>
        <translation>%1 couches, %2 paramètres&#xa0;; %3 époques d&apos;entraînement</translation>
    </message>
    <message>
        <source>Lesson Report</source>
        <translation>Rapport de leçon</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>Save Lesson Report</source>
        <translation>Enregistrer le rapport de leçon</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF (*.pdf)</source>
        <translation>Page web (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Le rapport n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>The designer speaks %1 from its next start.</source>
        <translation>Le designer parlera %1 à son prochain démarrage.</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Import Model…</source>
        <translation>&amp;Importer un modèle…</translation>
    </message>
    <message>
        <source>Read an ONNX model, from PyTorch or elsewhere, into a new project with its trained weights</source>
        <translation>Lire un modèle ONNX, de PyTorch ou d’ailleurs, dans un nouveau projet avec ses poids entraînés</translation>
    </message>
</context>
<context>
    <name>nw::gui::MathsView</name>
    <message>
        <source>softmax cross-entropy</source>
        <translation>entropie croisée softmax</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>entropie croisée binaire</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>erreur quadratique moyenne</translation>
    </message>
    <message>
        <source>neuron </source>
        <translation>neurone </translation>
    </message>
    <message>
        <source>sample </source>
        <translation>exemple </translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>The phase before</source>
        <translation>Phase précédente</translation>
    </message>
    <message>
        <source>1 Forward pass</source>
        <translation>1 Propagation avant</translation>
    </message>
    <message>
        <source>2 Loss</source>
        <translation>2 Perte</translation>
    </message>
    <message>
        <source>3 Backward pass</source>
        <translation>3 Rétropropagation</translation>
    </message>
    <message>
        <source>4 Update</source>
        <translation>4 Mise à jour</translation>
    </message>
    <message>
        <source>Train This Step ▶</source>
        <translation>Entraîner ce pas ▶</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Select a Dense layer on the canvas: the maths of one of its neurons appear here.</source>
        <translation>Sélectionnez une couche Dense sur le canevas&#xa0;: les calculs de l&apos;un de ses neurones apparaissent ici.</translation>
    </message>
    <message>
        <source>Train a step (F6) or open a trained project: the numbers come from a real step.</source>
        <translation>Entraînez un pas (F6) ou ouvrez un projet entraîné&#xa0;: les nombres proviennent d&apos;un vrai pas.</translation>
    </message>
    <message>
        <source>Neuron %1 of &lt;b&gt;%2&lt;/b&gt;, sample %3:</source>
        <translation>Neurone %1 de &lt;b&gt;%2&lt;/b&gt;, exemple %3&#xa0;:</translation>
    </message>
    <message>
        <source>z = Σ w&lt;sub&gt;i&lt;/sub&gt;·x&lt;sub&gt;i&lt;/sub&gt; + b = %1 + (%2) = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>z = Σ w&lt;sub&gt;i&lt;/sub&gt;·x&lt;sub&gt;i&lt;/sub&gt; + b = %1 + (%2) = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>a = %1(z) = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>a = %1(z) = &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>L = &lt;b&gt;%1&lt;/b&gt; (%2 of this sample)</source>
        <translation>L = &lt;b&gt;%1&lt;/b&gt; (%2 de cet exemple)</translation>
    </message>
    <message>
        <source>δ = ∂L/∂z = &lt;b&gt;%1&lt;/b&gt;; ∂L/∂b = δ; ∂L/∂w&lt;sub&gt;i&lt;/sub&gt; = δ·x&lt;sub&gt;i&lt;/sub&gt;</source>
        <translation>δ = ∂L/∂z = &lt;b&gt;%1&lt;/b&gt;&#xa0;; ∂L/∂b = δ&#xa0;; ∂L/∂w&lt;sub&gt;i&lt;/sub&gt; = δ·x&lt;sub&gt;i&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>η = %1: w&lt;sub&gt;i&lt;/sub&gt; ← w&lt;sub&gt;i&lt;/sub&gt; − η·∂L/∂w&lt;sub&gt;i&lt;/sub&gt;; b ← %2 − %1·(%3) = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>η = %1&#xa0;: w&lt;sub&gt;i&lt;/sub&gt; ← w&lt;sub&gt;i&lt;/sub&gt; − η·∂L/∂w&lt;sub&gt;i&lt;/sub&gt;&#xa0;; b ← %2 − %1·(%3) = &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;The project trains with %1, which scales each step by its running averages; this is the plain gradient-descent rule.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Le projet s&apos;entraîne avec %1, qui ajuste chaque pas selon ses moyennes glissantes&#xa0;; ceci est la règle de la descente de gradient simple.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>i</source>
        <translation>i</translation>
    </message>
    <message>
        <source>xᵢ</source>
        <translation>xᵢ</translation>
    </message>
    <message>
        <source>wᵢ</source>
        <translation>wᵢ</translation>
    </message>
    <message>
        <source>wᵢ·xᵢ</source>
        <translation>wᵢ·xᵢ</translation>
    </message>
    <message>
        <source>∂L/∂wᵢ = δ·xᵢ</source>
        <translation>∂L/∂wᵢ = δ·xᵢ</translation>
    </message>
    <message>
        <source>wᵢ − η·∂L/∂wᵢ</source>
        <translation>wᵢ − η·∂L/∂wᵢ</translation>
    </message>
    <message>
        <source>Type a weight to check a worked exercise; Ctrl+Z takes it back</source>
        <translation>Saisissez un poids pour vérifier un exercice résolu&#xa0;; Ctrl+Z pour annuler</translation>
    </message>
</context>
<context>
    <name>nw::gui::MetricChart</name>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>pas %1</translation>
    </message>
    <message>
        <source>training (step)</source>
        <translation>entraînement (pas)</translation>
    </message>
    <message>
        <source>training (epoch)</source>
        <translation>entraînement (époque)</translation>
    </message>
    <message>
        <source>validation (epoch)</source>
        <translation>validation (époque)</translation>
    </message>
    <message>
        <source>learning rate (step)</source>
        <translation>taux d&apos;apprentissage (pas)</translation>
    </message>
    <message>
        <source>learning rate (epoch)</source>
        <translation>taux d&apos;apprentissage (époque)</translation>
    </message>
</context>
<context>
    <name>nw::gui::MetricsDock</name>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Échelle log</translation>
    </message>
    <message>
        <source>Smoothing of the per-step curves (an exponential moving average)</source>
        <translation>Lissage des courbes par pas (moyenne mobile exponentielle)</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show every step again after zooming (or double-click a chart)</source>
        <translation>Afficher à nouveau tous les pas après un zoom (ou double-cliquez sur un graphique)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save both charts as PNG or SVG pictures, or their data as CSV</source>
        <translation>Enregistrer les deux graphiques en images PNG ou SVG, ou leurs données en CSV</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>Lissage</translation>
    </message>
    <message>
        <source>training, per step</source>
        <translation>entraînement, par pas</translation>
    </message>
    <message>
        <source>training, per epoch</source>
        <translation>entraînement, par époque</translation>
    </message>
    <message>
        <source>validation, per epoch</source>
        <translation>validation, par époque</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>Exporter les graphiques</translation>
    </message>
    <message>
        <source>PNG pictures (*.png);;SVG pictures (*.svg);;CSV data (*.csv)</source>
        <translation>Images PNG (*.png);;Images SVG (*.svg);;Données CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>nw::gui::NeuronMapOverlay</name>
    <message>
        <source>What each neuron of this layer computes over the plane (%1 neurons)</source>
        <translation>Ce que chaque neurone de cette couche calcule sur le plan (%1 neurones)</translation>
    </message>
</context>
<context>
    <name>nw::gui::NodeItem</name>
    <message>
        <source>Disabled: passes its input through unchanged.</source>
        <translation>Désactivée&#xa0;: transmet son entrée sans la modifier.</translation>
    </message>
    <message>
        <source>Click to fix: %1</source>
        <translation>Cliquez pour corriger&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>nw::gui::PaletteDock</name>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Search layers</source>
        <translation>Rechercher des couches</translation>
    </message>
    <message>
        <source>Filter the layers by name, description or category; Enter adds the first match</source>
        <translation>Filtrer les couches par nom, description ou catégorie&#xa0;; Entrée ajoute le premier résultat</translation>
    </message>
    <message>
        <source>No layer matches this search.</source>
        <translation>Aucune couche ne correspond à cette recherche.</translation>
    </message>
</context>
<context>
    <name>nw::gui::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corriger&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 layer; click to select it</source>
        <translation>Couche %1&#xa0;; cliquez pour la sélectionner</translation>
    </message>
    <message>
        <source>The network as a whole</source>
        <translation>Le réseau dans son ensemble</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>The data set and how it is scaled</source>
        <translation>Le jeu de données et sa normalisation</translation>
    </message>
    <message>
        <source>Make the change the message suggests (Edit → Undo takes a layer&apos;s change back)</source>
        <translation>Appliquer la modification proposée par le message (Édition → Annuler reprend la modification d&apos;une couche)</translation>
    </message>
    <message>
        <source>Nothing to check yet: drag an Input layer from the palette to begin.</source>
        <translation>Rien à vérifier pour l&apos;instant&#xa0;: faites glisser une couche Input depuis la palette pour commencer.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
</context>
<context>
    <name>nw::gui::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Set Weight</source>
        <translation>Définir le poids</translation>
    </message>
</context>
<context>
    <name>nw::gui::ProjectFileController</name>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Could not open the template “%1”.</source>
        <translation>Impossible d&apos;ouvrir le modèle de projet «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>New project from %1</source>
        <translation>Nouveau projet à partir de %1</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>The folder of “%1” cannot be written: choose where to save it.</source>
        <translation>Le dossier de «&#xa0;%1&#xa0;» n&apos;est pas accessible en écriture&#xa0;: choisissez où l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Could not save “%1”.</source>
        <translation>Impossible d&apos;enregistrer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>Could not import “%1”.</source>
        <translation>Impossible d’importer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n layers with their trained weights.</source>
        <translation>
            <numerusform>%1 importé&#xa0;: %n couche avec ses poids entraînés.</numerusform>
            <numerusform>%1 importé&#xa0;: %n couches avec leurs poids entraînés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nw::gui::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>Vider la liste</translation>
    </message>
</context>
<context>
    <name>nw::gui::RunsDock</name>
    <message>
        <source>Runs</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Select runs to draw their curves over the charts; settings that differ from the current run are highlighted.</source>
        <translation>Sélectionnez des essais pour superposer leurs courbes sur les graphiques&#xa0;; les réglages qui diffèrent de l&apos;essai en cours sont mis en évidence.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Put the selected run&apos;s network and settings back into the project</source>
        <translation>Remettre le réseau et les réglages de l&apos;essai sélectionné dans le projet</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export Runs</source>
        <translation>Exporter les essais</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (en cours)</translation>
    </message>
    <message>
        <source>Differs from run %1: %2</source>
        <translation>Diffère de l&apos;essai %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>essai %1</translation>
    </message>
    <message>
        <source>Restore the Network of Run %1</source>
        <translation>Restaurer le réseau de l&apos;essai %1</translation>
    </message>
    <message>
        <source>Delete run %1?</source>
        <translation>Supprimer l&apos;essai %1&#xa0;?</translation>
    </message>
    <message>
        <source>Delete these %1 runs?</source>
        <translation>Supprimer ces %1 essais&#xa0;?</translation>
    </message>
</context>
<context>
    <name>nw::gui::ScheduleBox</name>
    <message>
        <source>Schedule and stopping</source>
        <translation>Planification et arrêt</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constant</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>Par paliers</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>Exponentiel</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Cosinus</translation>
    </message>
    <message>
        <source>One-cycle</source>
        <translation>One-cycle</translation>
    </message>
    <message>
        <source>Reduce on plateau</source>
        <translation>Réduction sur plateau</translation>
    </message>
    <message>
        <source>How the learning rate changes over the epochs; the Learning rate chart shows the rate each step used</source>
        <translation>Comment le taux d&apos;apprentissage évolue au fil des époques&#xa0;; le graphique Taux d&apos;apprentissage montre le taux utilisé à chaque pas</translation>
    </message>
    <message>
        <source>The rate rises from zero to its value over these first epochs</source>
        <translation>Le taux monte de zéro jusqu&apos;à sa valeur pendant ces premières époques</translation>
    </message>
    <message>
        <source>The rate is multiplied by this at each step down</source>
        <translation>Le taux est multiplié par ce facteur à chaque palier</translation>
    </message>
    <message>
        <source>The rate is multiplied by this after every epoch</source>
        <translation>Le taux est multiplié par ce facteur après chaque époque</translation>
    </message>
    <message>
        <source>The lowest rate, as a fraction of the learning rate</source>
        <translation>Le taux minimal, en fraction du taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Epochs without a lower validation loss before the rate is lowered</source>
        <translation>Nombre d&apos;époques sans baisse de la perte de validation avant de réduire le taux</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Perte de validation</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Précision de validation</translation>
    </message>
    <message>
        <source>Stop when this validation figure has not improved for a number of epochs</source>
        <translation>Arrêter quand cette mesure de validation ne s&apos;est pas améliorée depuis un certain nombre d&apos;époques</translation>
    </message>
    <message>
        <source>Keep the best epoch&apos;s weights</source>
        <translation>Garder les poids de la meilleure époque</translation>
    </message>
    <message>
        <source>Scales the gradients down so that their joint length is at most this</source>
        <translation>Réduit les gradients pour que leur norme globale ne dépasse pas cette valeur</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Warm-up epochs</source>
        <translation>Époques d&apos;échauffement</translation>
    </message>
    <message>
        <source>Step every (epochs)</source>
        <translation>Palier toutes les (époques)</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>Factor per epoch</source>
        <translation>Facteur par époque</translation>
    </message>
    <message>
        <source>Lowest factor</source>
        <translation>Facteur minimal</translation>
    </message>
    <message>
        <source>Patience (epochs)</source>
        <translation>Patience (époques)</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Arrêt anticipé</translation>
    </message>
    <message>
        <source>Stop after (epochs)</source>
        <translation>Arrêter après (époques)</translation>
    </message>
    <message>
        <source>Clip gradients</source>
        <translation>Écrêter les gradients</translation>
    </message>
</context>
<context>
    <name>nw::gui::SummaryBar</name>
    <message>
        <source>Layers in the network</source>
        <translation>Couches du réseau</translation>
    </message>
    <message>
        <source>Trainable parameters (weights and biases)</source>
        <translation>Paramètres entraînables (poids et biais)</translation>
    </message>
    <message>
        <source>Floating-point operations of one forward pass for one sample (a multiply-add counts 2)</source>
        <translation>Opérations en virgule flottante d&apos;une propagation avant pour un exemple (une multiplication-addition compte pour 2)</translation>
    </message>
    <message>
        <source>Problems to fix before training; see the Problems list</source>
        <translation>Problèmes à corriger avant l&apos;entraînement&#xa0;; voir la liste Problèmes</translation>
    </message>
    <message>
        <source>1 layer</source>
        <translation>1 couche</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 couches</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 paramètres</translation>
    </message>
    <message>
        <source>%1 FLOPs/sample</source>
        <translation>%1 FLOPs/exemple</translation>
    </message>
    <message>
        <source>≈ %1 to train</source>
        <translation>≈ %1 pour entraîner</translation>
    </message>
    <message>
        <source>Estimated memory for one training step at batch size %1: parameters, their gradients and Adam&apos;s two moments, plus every layer&apos;s activations and their gradients for the batch, in 32-bit floats</source>
        <translation>Mémoire estimée pour un pas d&apos;entraînement avec une taille de lot de %1&#xa0;: paramètres, leurs gradients et les deux moments d&apos;Adam, plus les activations de chaque couche et leurs gradients pour le lot, en flottants 32 bits</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problème</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problèmes</translation>
    </message>
</context>
<context>
    <name>nw::gui::SweepDialog</name>
    <message>
        <source>Sweep</source>
        <translation>Balayage</translation>
    </message>
    <message>
        <source>And</source>
        <translation>Et</translation>
    </message>
    <message>
        <source>0.001,0.01,0.1  or  1e-4..1e-1:log4  or  0..0.5:6</source>
        <translation>0.001,0.01,0.1  ou  1e-4..1e-1:log4  ou  0..0.5:6</translation>
    </message>
    <message>
        <source>Values separated by commas, or a range lo..hi:N with N values evenly spaced (lo..hi:logN: evenly on a log scale), both ends included</source>
        <translation>Valeurs séparées par des virgules, ou un intervalle min..max:N avec N valeurs régulièrement espacées (min..max:logN&#xa0;: régulièrement sur une échelle log), bornes incluses</translation>
    </message>
    <message>
        <source> epochs per run</source>
        <translation> époques par essai</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Start Sweep</source>
        <translation>Lancer le balayage</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Double-click a run to show it in the Runs panel</source>
        <translation>Double-cliquez sur un essai pour l&apos;afficher dans le panneau Essais</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>entraînement…</translation>
    </message>
    <message>
        <source>Run %1 of %2: %3</source>
        <translation>Essai %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Choose two different settings.</source>
        <translation>Choisissez deux réglages différents.</translation>
    </message>
    <message>
        <source>1 run of %1 epochs</source>
        <translation>1 essai de %1 époques</translation>
    </message>
    <message numerus="yes">
        <source>%n runs of %1 epochs each, one after another</source>
        <translation>
            <numerusform>%n essai de %1 époques</numerusform>
            <numerusform>%n essais de %1 époques chacun, l&apos;un après l&apos;autre</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Best validation accuracy of each run (darker is better)</source>
        <translation>Meilleure précision de validation de chaque essai (plus foncé = meilleur)</translation>
    </message>
    <message>
        <source>Final validation loss of each run (darker is better)</source>
        <translation>Perte de validation finale de chaque essai (plus foncé = meilleur)</translation>
    </message>
    <message>
        <source>Final training loss of each run (darker is better)</source>
        <translation>Perte d&apos;entraînement finale de chaque essai (plus foncé = meilleur)</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergé</translation>
    </message>
    <message>
        <source>Run %1: %2 · %3 epochs · %4 s</source>
        <translation>Essai %1&#xa0;: %2 · %3 époques · %4 s</translation>
    </message>
</context>
<context>
    <name>nw::gui::SweepRunner</name>
    <message>
        <source>A network is training: stop it before a sweep.</source>
        <translation>Un réseau est en cours d&apos;entraînement&#xa0;: arrêtez-le avant un balayage.</translation>
    </message>
    <message numerus="yes">
        <source>Sweep stopped after %n of %1 runs.</source>
        <translation>
            <numerusform>Balayage arrêté après %n essai sur %1.</numerusform>
            <numerusform>Balayage arrêté après %n essais sur %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweep finished: its one run is in the Runs panel.</source>
        <translation>Balayage terminé&#xa0;: son unique essai se trouve dans le panneau Essais.</translation>
    </message>
    <message numerus="yes">
        <source>Sweep finished: %n runs, one per combination; the Runs panel compares them.</source>
        <translation>
            <numerusform>Balayage terminé&#xa0;: %n essai, un par combinaison&#xa0;; le panneau Essais les compare.</numerusform>
            <numerusform>Balayage terminé&#xa0;: %n essais, un par combinaison&#xa0;; le panneau Essais les compare.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sweep could not start run %1.</source>
        <translation>Le balayage n&apos;a pas pu lancer l&apos;essai %1.</translation>
    </message>
    <message>
        <source>The sweep ended at run %1 of %2: %3</source>
        <translation>Le balayage s&apos;est arrêté à l&apos;essai %1 sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>nw::gui::TemplateGallery</name>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Start from an empty canvas or from a network that already works:</source>
        <translation>Partir d&apos;un canevas vide ou d&apos;un réseau qui fonctionne déjà&#xa0;:</translation>
    </message>
    <message>
        <source>Empty project</source>
        <translation>Projet vide</translation>
    </message>
    <message>
        <source>A blank canvas: drag layers from the palette and wire them.</source>
        <translation>Un canevas vierge&#xa0;: faites glisser des couches depuis la palette et reliez-les.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>No layers yet</source>
        <translation>Pas encore de couche</translation>
    </message>
</context>
<context>
    <name>nw::gui::TrainingController</name>
    <message>
        <source>Stop training before resetting the weights.</source>
        <translation>Arrêtez l&apos;entraînement avant de réinitialiser les poids.</translation>
    </message>
    <message>
        <source>Weights reset: the next run starts from fresh weights drawn from the seed.</source>
        <translation>Poids réinitialisés&#xa0;: le prochain essai part de nouveaux poids tirés à partir de la graine.</translation>
    </message>
    <message>
        <source> The network changed since it was trained, so this is a new run from fresh weights; the earlier one stays in the Runs panel.</source>
        <translation> Le réseau a changé depuis son entraînement&#xa0;: il s&apos;agit donc d&apos;un nouvel essai avec de nouveaux poids&#xa0;; le précédent reste dans le panneau Essais.</translation>
    </message>
    <message>
        <source>Preparing the data…</source>
        <translation>Préparation des données…</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entraînement…</translation>
    </message>
    <message>
        <source>Training could not start: %1</source>
        <translation>Impossible de lancer l&apos;entraînement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Training diverged: the loss is no longer a finite number, so the run stopped. The weights of the last finite step are kept. Try a lower learning rate than %1.</source>
        <translation>L&apos;entraînement a divergé&#xa0;: la perte n&apos;est plus un nombre fini, l&apos;essai s&apos;est donc arrêté. Les poids du dernier pas fini sont conservés. Essayez un taux d&apos;apprentissage inférieur à %1.</translation>
    </message>
    <message>
        <source>, validation accuracy %1%</source>
        <translation>, précision de validation %1&#xa0;%</translation>
    </message>
    <message>
        <source>Training finished after epoch %1%2.</source>
        <translation>Entraînement terminé après l&apos;époque %1%2.</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>perte de validation</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>précision de validation</translation>
    </message>
    <message>
        <source>Stopped early after epoch %1: the %2 did not improve for %3 epochs, so the weights of its best epoch, %4, were restored.</source>
        <translation>Arrêt anticipé après l&apos;époque %1&#xa0;: la %2 ne s&apos;est pas améliorée pendant %3 époques, les poids de la meilleure époque (l&apos;époque %4) ont donc été restaurés.</translation>
    </message>
    <message>
        <source>Stopped early after epoch %1: the %2 did not improve for %3 epochs; its best epoch was %4.</source>
        <translation>Arrêt anticipé après l&apos;époque %1&#xa0;: la %2 ne s&apos;est pas améliorée pendant %3 époques&#xa0;; la meilleure époque était l&apos;époque %4.</translation>
    </message>
    <message>
        <source>Training stopped after step %1; the weights trained so far are kept.</source>
        <translation>Entraînement arrêté après le pas %1&#xa0;; les poids entraînés jusqu&apos;ici sont conservés.</translation>
    </message>
    <message>
        <source>Training stopped because the network was edited: the weights of this run belong to the network as it was, so they were not kept. Press Train to train the new network.</source>
        <translation>Entraînement arrêté car le réseau a été modifié&#xa0;: les poids de cet essai correspondent au réseau tel qu&apos;il était, ils n&apos;ont donc pas été conservés. Cliquez sur Entraîner pour entraîner le nouveau réseau.</translation>
    </message>
</context>
<context>
    <name>nw::gui::TrainingDock</name>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Slow the training down to watch it learn step by step; the numbers stay the same. Can be changed while training runs.</source>
        <translation>Ralentissez l&apos;entraînement pour le voir apprendre pas à pas&#xa0;; les nombres restent identiques. Modifiable pendant l&apos;entraînement.</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>Aussi vite que possible</translation>
    </message>
    <message>
        <source>1 step per second</source>
        <translation>1 pas par seconde</translation>
    </message>
    <message>
        <source>%1 steps per second</source>
        <translation>%1 pas par seconde</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Softmax cross-entropy</source>
        <translation>Entropie croisée softmax</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Erreur quadratique moyenne</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>Entropie croisée binaire</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Can be changed while training runs; takes effect at the next step</source>
        <translation>Modifiable pendant l&apos;entraînement&#xa0;; prend effet au pas suivant</translation>
    </message>
    <message>
        <source>Draws the initial weights and the order of the samples: the same seed gives the same numbers</source>
        <translation>Tire les poids initiaux et l&apos;ordre des exemples&#xa0;: la même graine donne les mêmes nombres</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>Tous les cœurs</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Décroissance des poids</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Entraîner</translation>
    </message>
    <message>
        <source>Train the network, or resume a paused run</source>
        <translation>Entraîner le réseau, ou reprendre un essai en pause</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the run after the current batch</source>
        <translation>Mettre l&apos;essai en pause après le lot en cours</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>Un pa&amp;s</translation>
    </message>
    <message>
        <source>Train exactly one mini-batch, then pause</source>
        <translation>Entraîner exactement un mini-lot, puis mettre en pause</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stop the run and keep the weights trained so far</source>
        <translation>Arrêter l&apos;essai et garder les poids entraînés jusqu&apos;ici</translation>
    </message>
    <message>
        <source>&amp;Reset Weights</source>
        <translation>&amp;Réinitialiser les poids</translation>
    </message>
    <message>
        <source>Forget the trained weights and the history; the next run starts afresh</source>
        <translation>Oublier les poids entraînés et l&apos;historique&#xa0;; le prochain essai repart de zéro</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Repre&amp;ndre</translation>
    </message>
    <message>
        <source>Locked by the assignment</source>
        <translation>Verrouillé par le devoir</translation>
    </message>
    <message>
        <source>Epoch %1/%2</source>
        <translation>Époque %1/%2</translation>
    </message>
    <message>
        <source>batch %1/%2</source>
        <translation>lot %1/%2</translation>
    </message>
    <message>
        <source>%1 samples/s</source>
        <translation>%1 exemples/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
</context>
</TS>
