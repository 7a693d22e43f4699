<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Engine</name>
    <message>
        <source>No such layer</source>
        <translation>Esa capa no existe</translation>
    </message>
    <message>
        <source>No such port</source>
        <translation>Ese puerto no existe</translation>
    </message>
    <message>
        <source>The input is already connected</source>
        <translation>La entrada ya está conectada</translation>
    </message>
    <message>
        <source>A layer cannot feed itself</source>
        <translation>Una capa no puede alimentarse a sí misma</translation>
    </message>
    <message>
        <source>The wires would form a loop</source>
        <translation>Las conexiones formarían un ciclo</translation>
    </message>
    <message>
        <source>The wire exists already</source>
        <translation>La conexión ya existe</translation>
    </message>
    <message>
        <source>No such attribute</source>
        <translation>Ese atributo no existe</translation>
    </message>
    <message>
        <source>An attribute has the wrong type</source>
        <translation>Un atributo tiene el tipo incorrecto</translation>
    </message>
    <message>
        <source>An attribute is out of range</source>
        <translation>Un atributo está fuera de rango</translation>
    </message>
    <message>
        <source>An input is not connected</source>
        <translation>Una entrada no está conectada</translation>
    </message>
    <message>
        <source>The shapes do not fit</source>
        <translation>Las formas no encajan</translation>
    </message>
    <message>
        <source>No Input layer</source>
        <translation>No hay capa Input</translation>
    </message>
    <message>
        <source>More than one Input layer</source>
        <translation>Más de una capa Input</translation>
    </message>
    <message>
        <source>No output</source>
        <translation>No hay salida</translation>
    </message>
    <message>
        <source>More than one output</source>
        <translation>Más de una salida</translation>
    </message>
    <message>
        <source>An invalid setting</source>
        <translation>Un ajuste no válido</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Archivo no encontrado</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>No se puede leer el archivo</translation>
    </message>
    <message>
        <source>The file cannot be written</source>
        <translation>No se puede escribir el archivo</translation>
    </message>
    <message>
        <source>The file is not valid JSON</source>
        <translation>El archivo no es JSON válido</translation>
    </message>
    <message>
        <source>A field has the wrong type</source>
        <translation>Un campo tiene el tipo incorrecto</translation>
    </message>
    <message>
        <source>A field is missing</source>
        <translation>Falta un campo</translation>
    </message>
    <message>
        <source>A value is not allowed</source>
        <translation>Un valor no está permitido</translation>
    </message>
    <message>
        <source>Unknown layer kind</source>
        <translation>Tipo de capa desconocido</translation>
    </message>
    <message>
        <source>Unsupported file version</source>
        <translation>Versión de archivo no admitida</translation>
    </message>
    <message>
        <source>The data does not fit the network</source>
        <translation>Los datos no encajan con la red</translation>
    </message>
    <message>
        <source>The data is not scaled</source>
        <translation>Los datos no están escalados</translation>
    </message>
    <message>
        <source>Training diverged</source>
        <translation>El entrenamiento divergió</translation>
    </message>
    <message>
        <source>The loss does not fit the output</source>
        <translation>La pérdida no encaja con la salida</translation>
    </message>
    <message>
        <source>The format cannot express this model</source>
        <translation>El formato no puede expresar este modelo</translation>
    </message>
    <message>
        <source>The exported model failed its check</source>
        <translation>El modelo exportado no pasó su comprobación</translation>
    </message>
    <message>
        <source>Dense expects a flat input, got %1: insert Flatten before it</source>
        <translation>Dense espera una entrada plana, recibe %1: inserta Flatten antes</translation>
    </message>
    <message>
        <source>A node id must be a positive number</source>
        <translation>El identificador de un nodo debe ser un número positivo</translation>
    </message>
    <message>
        <source>Node id %1 is used twice</source>
        <translation>El identificador de nodo %1 se usa dos veces</translation>
    </message>
    <message>
        <source>A node needs a name</source>
        <translation>Un nodo necesita un nombre</translation>
    </message>
    <message>
        <source>The name &apos;%1&apos; is used by another node</source>
        <translation>El nombre &apos;%1&apos; ya lo usa otro nodo</translation>
    </message>
    <message>
        <source>The Input layer &apos;%1&apos; cannot be disabled</source>
        <translation>La capa Input &apos;%1&apos; no se puede desactivar</translation>
    </message>
    <message>
        <source>%1 has %2 attributes, got %3</source>
        <translation>%1 tiene %2 atributos, recibe %3</translation>
    </message>
    <message>
        <source>There is no node %1</source>
        <translation>No existe el nodo %1</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has 1 output, not port %3</source>
        <translation>%1 &apos;%2&apos; tiene una salida, no hay puerto %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has %3 input, so input port %4 does not exist</source>
        <translation>%1 &apos;%2&apos; tiene %3 entrada, así que el puerto de entrada %4 no existe</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has %3 inputs, so input port %4 does not exist</source>
        <translation>%1 &apos;%2&apos; tiene %3 entradas, así que el puerto de entrada %4 no existe</translation>
    </message>
    <message>
        <source>A layer cannot feed itself: &apos;%1&apos;</source>
        <translation>Una capa no puede alimentarse a sí misma: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>These ports are already connected</source>
        <translation>Estos puertos ya están conectados</translation>
    </message>
    <message>
        <source>Input %1 of &apos;%2&apos; is already fed by &apos;%3&apos;: disconnect it first</source>
        <translation>La entrada %1 de &apos;%2&apos; ya la alimenta &apos;%3&apos;: desconéctala primero</translation>
    </message>
    <message>
        <source>Connecting &apos;%1&apos; to &apos;%2&apos; would make a cycle: &apos;%2&apos; already feeds &apos;%1&apos;</source>
        <translation>Conectar &apos;%1&apos; a &apos;%2&apos; crearía un ciclo: &apos;%2&apos; ya alimenta a &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; outputs %2, which %3 &apos;%4&apos; cannot take. %5</source>
        <translation>&apos;%1&apos; produce %2, que %3 &apos;%4&apos; no puede recibir. %5</translation>
    </message>
    <message>
        <source>These ports are not connected</source>
        <translation>Estos puertos no están conectados</translation>
    </message>
    <message>
        <source>%1 has no attribute &apos;%2&apos;</source>
        <translation>%1 no tiene el atributo &apos;%2&apos;</translation>
    </message>
    <message>
        <source>The wire to fix no longer exists</source>
        <translation>El cable que había que corregir ya no existe</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has nothing connected to its input &apos;%3&apos;: connect a layer to it</source>
        <translation>La entrada &apos;%3&apos; de %1 &apos;%2&apos; no tiene nada conectado: conecta una capa a ella</translation>
    </message>
    <message>
        <source>The network has no Input layer: add one</source>
        <translation>La red no tiene capa Input: añade una</translation>
    </message>
    <message>
        <source>The network has %1 Input layers (%2); it needs exactly one</source>
        <translation>La red tiene %1 capas Input (%2); necesita exactamente una</translation>
    </message>
    <message>
        <source>The network has %1 unconnected outputs (%2); connect them so one layer is the output</source>
        <translation>La red tiene %1 salidas sin conectar (%2); conéctalas para que una sola capa sea la salida</translation>
    </message>
    <message>
        <source>The network has no layer after its Input: add one</source>
        <translation>La red no tiene ninguna capa después de su Input: añade una</translation>
    </message>
    <message>
        <source>Add needs two inputs of the same shape, got %1 and %2</source>
        <translation>Add necesita dos entradas de la misma forma, recibe %1 y %2</translation>
    </message>
    <message>
        <source>Concat joins along the first dimension (channels or features) and needs the others equal, got %1 and %2</source>
        <translation>Concat une a lo largo de la primera dimensión (canales o características) y necesita que las demás sean iguales, recibe %1 y %2</translation>
    </message>
    <message>
        <source>Softmax expects a flat input, got %1: insert Flatten before it</source>
        <translation>Softmax espera una entrada plana, recibe %1: inserta Flatten antes</translation>
    </message>
    <message>
        <source>%1 expects a channels×height×width input, got %2: insert Reshape before it</source>
        <translation>%1 espera una entrada canales×alto×ancho, recibe %2: inserta Reshape antes</translation>
    </message>
    <message>
        <source>%1 expects a channels×height×width input, got %2</source>
        <translation>%1 espera una entrada canales×alto×ancho, recibe %2</translation>
    </message>
    <message>
        <source>%1&apos;s %2×%2 window (dilation %3, spanning %4) does not fit the %5×%6 input: use &apos;same&apos; padding or a smaller window</source>
        <translation>La ventana %2×%2 de %1 (dilatación %3, abarca %4) no cabe en la entrada %5×%6: usa el padding &apos;same&apos; o una ventana más pequeña</translation>
    </message>
    <message>
        <source>%1&apos;s %2×%2 window does not fit the %3×%4 input: use &apos;same&apos; padding or a smaller window</source>
        <translation>La ventana %2×%2 de %1 no cabe en la entrada %3×%4: usa el padding &apos;same&apos; o una ventana más pequeña</translation>
    </message>
    <message>
        <source>Reshape cannot make %1 (%2 values) into %3 (%4 values): the sizes must be equal</source>
        <translation>Reshape no puede convertir %1 (%2 valores) en %3 (%4 valores): los tamaños deben ser iguales</translation>
    </message>
    <message>
        <source>Adds two inputs of the same shape value by value: the skip connection of a residual block.</source>
        <translation>Suma valor a valor dos entradas de la misma forma: la conexión residual de un bloque residual.</translation>
    </message>
    <message>
        <source>Averages each window: a smaller, smoother image.</source>
        <translation>Promedia cada ventana: una imagen más pequeña y más suave.</translation>
    </message>
    <message>
        <source>Normalises each feature (after Dense) or channel (after Conv2D) over the batch, then scales and shifts it; uses running averages at inference.</source>
        <translation>Normaliza cada característica (tras Dense) o canal (tras Conv2D) sobre el lote, y luego la escala y desplaza; usa medias móviles en la inferencia.</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>How much of the running mean and variance each training step keeps</source>
        <translation>Cuánto de la media y la varianza móviles conserva cada paso de entrenamiento</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>Added to the variance so a constant feature does not divide by zero</source>
        <translation>Se suma a la varianza para que una característica constante no divida entre cero</translation>
    </message>
    <message>
        <source>Joins two inputs: images along their channels, flat inputs along their features (the branches of an Inception block).</source>
        <translation>Une dos entradas: imágenes a lo largo de sus canales, entradas planas a lo largo de sus características (las ramas de un bloque Inception).</translation>
    </message>
    <message>
        <source>Slides learned filters over an image; each filter makes one output channel.</source>
        <translation>Desliza filtros aprendidos sobre una imagen; cada filtro produce un canal de salida.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Number of filters, the output channels</source>
        <translation>Número de filtros, los canales de salida</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>Tamaño del kernel</translation>
    </message>
    <message>
        <source>Height and width of each square filter</source>
        <translation>Alto y ancho de cada filtro cuadrado</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Step between two filter positions</source>
        <translation>Paso entre dos posiciones del filtro</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Relleno</translation>
    </message>
    <message>
        <source>valid: only where the filter fits; same: pad with zeros so the output is ⌈input/stride⌉</source>
        <translation>valid: solo donde cabe el filtro; same: rellena con ceros para que la salida sea ⌈entrada/paso⌉</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>Dilatación</translation>
    </message>
    <message>
        <source>Spacing between the filter&apos;s taps; above 1 widens its view</source>
        <translation>Separación entre las tomas del filtro; por encima de 1 amplía su campo de visión</translation>
    </message>
    <message>
        <source>Use bias</source>
        <translation>Usar sesgo</translation>
    </message>
    <message>
        <source>Add a learned bias to every output channel</source>
        <translation>Suma un sesgo aprendido a cada canal de salida</translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation>Inicializador</translation>
    </message>
    <message>
        <source>How W is drawn: He for the ReLU family (the usual choice after a convolution), Glorot for tanh/sigmoid</source>
        <translation>Cómo se genera W: He para la familia ReLU (lo habitual tras una convolución), Glorot para tanh/sigmoid</translation>
    </message>
    <message>
        <source>Fully connected: every output neuron weighs every input.</source>
        <translation>Totalmente conectada: cada neurona de salida pondera cada entrada.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Number of output neurons</source>
        <translation>Número de neuronas de salida</translation>
    </message>
    <message>
        <source>Add a learned bias b to every output</source>
        <translation>Suma un sesgo aprendido b a cada salida</translation>
    </message>
    <message>
        <source>How W is drawn: Glorot for tanh/sigmoid, He for the ReLU family</source>
        <translation>Cómo se genera W: Glorot para tanh/sigmoid, He para la familia ReLU</translation>
    </message>
    <message>
        <source>While training, zeroes random values so the network cannot rely on any one of them; does nothing at inference.</source>
        <translation>Durante el entrenamiento, pone a cero valores al azar para que la red no dependa de ninguno; no hace nada en la inferencia.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Probability p that a value is dropped in a training step</source>
        <translation>Probabilidad p de que un valor se descarte en un paso de entrenamiento</translation>
    </message>
    <message>
        <source>Exponential linear unit: like ReLU, but negative values bend smoothly towards -α.</source>
        <translation>Unidad lineal exponencial: como ReLU, pero los valores negativos se curvan suavemente hacia -α.</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>The value negative inputs tend to is -α</source>
        <translation>El valor al que tienden las entradas negativas es -α</translation>
    </message>
    <message>
        <source>Lays an image&apos;s values out in one row, so a Dense layer can read them.</source>
        <translation>Coloca los valores de una imagen en una sola fila, para que una capa Dense pueda leerlos.</translation>
    </message>
    <message>
        <source>Gaussian error linear unit: a smooth ReLU used by transformers.</source>
        <translation>Unidad lineal de error gaussiano: un ReLU suave que usan los transformers.</translation>
    </message>
    <message>
        <source>Averages each channel over the whole image: one value per channel, whatever the image size.</source>
        <translation>Promedia cada canal sobre toda la imagen: un valor por canal, sea cual sea el tamaño de la imagen.</translation>
    </message>
    <message>
        <source>Passes its input on unchanged (a linear activation): a named point to branch from or probe.</source>
        <translation>Transmite su entrada sin cambios (una activación lineal): un punto con nombre desde el que ramificar o sondear.</translation>
    </message>
    <message>
        <source>Where samples enter the network; its shape is the shape of one sample.</source>
        <translation>Donde las muestras entran en la red; su forma es la forma de una muestra.</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>The shape of one sample: features, or channels×height×width</source>
        <translation>La forma de una muestra: características, o canales×alto×ancho</translation>
    </message>
    <message>
        <source>Normalises each sample over all its values, then scales and shifts each value; independent of the batch.</source>
        <translation>Normaliza cada muestra sobre todos sus valores, y luego escala y desplaza cada valor; independiente del lote.</translation>
    </message>
    <message>
        <source>Added to the variance so a constant sample does not divide by zero</source>
        <translation>Se suma a la varianza para que una muestra constante no divida entre cero</translation>
    </message>
    <message>
        <source>Like ReLU, but negative values keep a small slope so neurons never die.</source>
        <translation>Como ReLU, pero los valores negativos conservan una pequeña pendiente para que las neuronas nunca mueran.</translation>
    </message>
    <message>
        <source>Slope α</source>
        <translation>Pendiente α</translation>
    </message>
    <message>
        <source>Slope for negative inputs</source>
        <translation>Pendiente para las entradas negativas</translation>
    </message>
    <message>
        <source>Keeps the largest value of each window: a smaller image that keeps the strongest responses.</source>
        <translation>Conserva el mayor valor de cada ventana: una imagen más pequeña que mantiene las respuestas más fuertes.</translation>
    </message>
    <message>
        <source>Rectified linear unit: passes positive values, zeroes negative ones.</source>
        <translation>Unidad lineal rectificada: deja pasar los valores positivos y pone a cero los negativos.</translation>
    </message>
    <message>
        <source>Gives the same values another shape of the same size, e.g. 784 as a 1×28×28 image.</source>
        <translation>Da a los mismos valores otra forma del mismo tamaño, p. ej. 784 como una imagen 1×28×28.</translation>
    </message>
    <message>
        <source>Target shape</source>
        <translation>Forma de destino</translation>
    </message>
    <message>
        <source>The shape of one output sample: features, or channels×height×width</source>
        <translation>La forma de una muestra de salida: características, o canales×alto×ancho</translation>
    </message>
    <message>
        <source>Squashes any value into (0, 1); the classic output for yes/no answers.</source>
        <translation>Comprime cualquier valor en (0, 1); la salida clásica para respuestas sí/no.</translation>
    </message>
    <message>
        <source>Turns scores into probabilities that sum to 1; the usual output for classes.</source>
        <translation>Convierte puntuaciones en probabilidades que suman 1; la salida habitual para clases.</translation>
    </message>
    <message>
        <source>Pool size</source>
        <translation>Tamaño del pool</translation>
    </message>
    <message>
        <source>Height and width of the square window</source>
        <translation>Alto y ancho de la ventana cuadrada</translation>
    </message>
    <message>
        <source>Step between two windows; equal to the pool size, they tile</source>
        <translation>Paso entre dos ventanas; igual al tamaño del pool, se colocan una junto a otra</translation>
    </message>
    <message>
        <source>valid: only whole windows; same: windows overhang the border so the output is ⌈input/stride⌉ (the overhang is ignored)</source>
        <translation>valid: solo ventanas completas; same: las ventanas sobresalen del borde para que la salida sea ⌈entrada/paso⌉ (lo que sobresale se ignora)</translation>
    </message>
    <message>
        <source>Swish, also called SiLU: x gated by its own sigmoid; smooth and non-monotonic.</source>
        <translation>Swish, también llamada SiLU: x regulada por su propia sigmoide; suave y no monótona.</translation>
    </message>
    <message>
        <source>Squashes any value into (−1, 1), centred on zero.</source>
        <translation>Comprime cualquier valor en (−1, 1), centrado en cero.</translation>
    </message>
    <message numerus="yes">
        <source>neurons</source>
        <translation>
            <numerusform>neurona</numerusform>
            <numerusform>neuronas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>channels</source>
        <translation>
            <numerusform>canal</numerusform>
            <numerusform>canales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pixels</source>
        <translation>
            <numerusform>píxel</numerusform>
            <numerusform>píxeles</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no such layer</source>
        <translation>Esa capa no existe</translation>
    </message>
    <message>
        <source>Only a layer with one input wire can be deleted and its wires joined; &apos;%1&apos; has %2</source>
        <translation>Solo se puede borrar una capa uniendo sus cables si tiene un único cable de entrada; &apos;%1&apos; tiene %2</translation>
    </message>
    <message>
        <source>Without &apos;%1&apos;, &apos;%2&apos; cannot take what &apos;%3&apos; gives: %4</source>
        <translation>Sin &apos;%1&apos;, &apos;%2&apos; no puede recibir lo que da &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not installed: the folder %2 does not exist. Install it with `sudo apt-get install %3` (or `make deps` in the source tree)</source>
        <translation>%1 no está instalado: la carpeta %2 no existe. Instálalo con `sudo apt-get install %3` (o `make deps` en el código fuente)</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds numbers, but line %2 has %3; expected a number such as 3 or -0.5</source>
        <translation>La columna &apos;%1&apos; contiene números, pero la línea %2 tiene %3; se espera un número como 3 o -0.5</translation>
    </message>
    <message>
        <source>%1: line %2, column %3 (%4)</source>
        <translation>%1: línea %2, columna %3 (%4)</translation>
    </message>
    <message>
        <source>%1: line %2</source>
        <translation>%1: línea %2</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, more than the %3 expected (%4); a field with the delimiter in it must be quoted</source>
        <translation>La línea %1 tiene %2 campos, más que los %3 esperados (%4); un campo que contiene el delimitador debe ir entre comillas</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, fewer than the %3 expected (%4)</source>
        <translation>La línea %1 tiene %2 campos, menos que los %3 esperados (%4)</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; is missing on line %2; a target cannot be filled in: skip the rows with missing values instead</source>
        <translation>Falta el objetivo &apos;%1&apos; en la línea %2; un objetivo no se puede rellenar: omite en su lugar las filas con valores que faltan</translation>
    </message>
    <message>
        <source>%1 value is missing, the first on line %2 in column &apos;%3&apos;; choose to skip the rows with a missing value or to fill each with its column&apos;s mean</source>
        <translation>Falta %1 valor, el primero en la línea %2 de la columna &apos;%3&apos;; elige omitir las filas con un valor que falta o rellenar cada uno con la media de su columna</translation>
    </message>
    <message>
        <source>%1 values are missing, the first on line %2 in column &apos;%3&apos;; choose to skip the rows with a missing value or to fill each with its column&apos;s mean</source>
        <translation>Faltan %1 valores, el primero en la línea %2 de la columna &apos;%3&apos;; elige omitir las filas con un valor que falta o rellenar cada uno con la media de su columna</translation>
    </message>
    <message>
        <source>Every one of the %1 rows has a missing value, so skipping them leaves no data</source>
        <translation>Cada una de las %1 filas tiene un valor que falta, así que omitirlas no deja datos</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has the value %2 on line %3, which the data set&apos;s encoding does not know; expected one of %4</source>
        <translation>La columna &apos;%1&apos; tiene el valor %2 en la línea %3, que la codificación del conjunto de datos no conoce; se espera uno de %4</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; is %2 on line %3, not one of the classes the model knows: %4</source>
        <translation>El objetivo &apos;%1&apos; es %2 en la línea %3, que no es una de las clases que conoce el modelo: %4</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>byte %1</translation>
    </message>
    <message>
        <source>it is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8</source>
        <translation>es texto UTF-16 (empieza con una marca de orden de bytes UTF-16); guárdalo como UTF-8</translation>
    </message>
    <message>
        <source>it is a ZIP archive (an .xlsx or .ods spreadsheet?), not text</source>
        <translation>es un archivo ZIP (¿una hoja de cálculo .xlsx u .ods?), no texto</translation>
    </message>
    <message>
        <source>it is gzip-compressed; decompress it first</source>
        <translation>está comprimido con gzip; descomprímelo primero</translation>
    </message>
    <message>
        <source>it is an old Office document (an .xls spreadsheet?), not text</source>
        <translation>es un documento antiguo de Office (¿una hoja de cálculo .xls?), no texto</translation>
    </message>
    <message>
        <source>it is an image, not text</source>
        <translation>es una imagen, no texto</translation>
    </message>
    <message>
        <source>it looks like UTF-16 text; save it as UTF-8</source>
        <translation>parece texto UTF-16; guárdalo como UTF-8</translation>
    </message>
    <message>
        <source>it looks like a binary file, not text</source>
        <translation>parece un archivo binario, no texto</translation>
    </message>
    <message>
        <source>The file has a NUL byte at line %1, column %2, so it is not a CSV text file: %3</source>
        <translation>El archivo tiene un byte NUL en la línea %1, columna %2, así que no es un archivo de texto CSV: %3</translation>
    </message>
    <message>
        <source>%1: line %2, column %3</source>
        <translation>%1: línea %2, columna %3</translation>
    </message>
    <message>
        <source>Field %1 opens a quote that is never closed; expected a closing &apos;&quot;&apos; before the end of the file</source>
        <translation>El campo %1 abre unas comillas que nunca se cierran; se espera un &apos;&quot;&apos; de cierre antes del final del archivo</translation>
    </message>
    <message>
        <source>Field %1 has %2 after its closing quote; expected the delimiter or the end of the line (write a quote inside a quoted field as &quot;&quot;)</source>
        <translation>El campo %1 tiene %2 después de sus comillas de cierre; se espera el delimitador o el final de la línea (escribe unas comillas dentro de un campo entrecomillado como &quot;&quot;)</translation>
    </message>
    <message>
        <source>%1: column %2 (%3)</source>
        <translation>%1: columna %2 (%3)</translation>
    </message>
    <message>
        <source>the header has %1</source>
        <translation>la cabecera tiene %1</translation>
    </message>
    <message>
        <source>the first line has %1</source>
        <translation>la primera línea tiene %1</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both named %3; each column needs its own name</source>
        <translation>Las columnas %1 y %2 se llaman ambas %3; cada columna necesita su propio nombre</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; must hold numbers for a regression</source>
        <translation>El objetivo &apos;%1&apos; debe contener números para una regresión</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds numbers (%2 of them)</source>
        <translation>La columna &apos;%1&apos; contiene números (%2)</translation>
    </message>
    <message>
        <source>%1, but line %2 has %3 and %4 more rows have text; expected a number such as 3 or -0.5</source>
        <translation>%1, pero la línea %2 tiene %3 y otras %4 filas tienen texto; se espera un número como 3 o -0.5</translation>
    </message>
    <message>
        <source>%1, but line %2 has %3; expected a number such as 3 or -0.5</source>
        <translation>%1, pero la línea %2 tiene %3; se espera un número como 3 o -0.5</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has no values at all; leave it out of the features</source>
        <translation>La columna &apos;%1&apos; no tiene ningún valor; déjala fuera de las características</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has more than %2 different text values; one-hot encoding would add a feature for each. Leave it out of the features (an identifier or free text rarely helps)</source>
        <translation>La columna &apos;%1&apos; tiene más de %2 valores de texto distintos; la codificación one-hot añadiría una característica por cada uno. Déjala fuera de las características (un identificador o texto libre rara vez ayuda)</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; has more than %2 different values, too many classes; a numeric target can be learnt as regression</source>
        <translation>El objetivo &apos;%1&apos; tiene más de %2 valores distintos, demasiadas clases; un objetivo numérico se puede aprender como regresión</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; has only one class (%2) in its %3 rows; classification needs at least two</source>
        <translation>El objetivo &apos;%1&apos; solo tiene una clase (%2) en sus %3 filas; la clasificación necesita al menos dos</translation>
    </message>
    <message>
        <source>The file has no data; expected a header line and rows of values</source>
        <translation>El archivo no tiene datos; se esperan una línea de cabecera y filas de valores</translation>
    </message>
    <message>
        <source>No column is left for the features besides the target</source>
        <translation>No queda ninguna columna para las características aparte del objetivo</translation>
    </message>
    <message>
        <source>%1 rows of %2 features are more than %3 values, too many to hold in memory</source>
        <translation>%1 filas de %2 características son más de %3 valores, demasiados para la memoria</translation>
    </message>
    <message>
        <source>The data set&apos;s saved encoding cannot be used: %1</source>
        <translation>La codificación guardada del conjunto de datos no se puede usar: %1</translation>
    </message>
    <message>
        <source>the delimiter cannot be a quote or a line break</source>
        <translation>el delimitador no puede ser unas comillas ni un salto de línea</translation>
    </message>
    <message>
        <source>it has no feature columns</source>
        <translation>no tiene columnas de características</translation>
    </message>
    <message>
        <source>the feature column %1 is not one of its columns</source>
        <translation>la columna de característica %1 no es una de sus columnas</translation>
    </message>
    <message>
        <source>the categories of %1 must be distinct and sorted</source>
        <translation>las categorías de %1 deben ser distintas y estar ordenadas</translation>
    </message>
    <message>
        <source>it has fewer than two classes</source>
        <translation>tiene menos de dos clases</translation>
    </message>
    <message>
        <source>The delimiter cannot be a quote or a line break; expected a comma, a semicolon or a tab</source>
        <translation>El delimitador no puede ser unas comillas ni un salto de línea; se espera una coma, un punto y coma o un tabulador</translation>
    </message>
    <message>
        <source>The file has a header but no rows of data; expected at least one line of values</source>
        <translation>El archivo tiene cabecera pero ninguna fila de datos; se espera al menos una línea de valores</translation>
    </message>
    <message>
        <source>There is no column %1 to predict; the columns are %2</source>
        <translation>No hay ninguna columna %1 que predecir; las columnas son %2</translation>
    </message>
    <message>
        <source>There is no column %1 to leave out; the columns are %2</source>
        <translation>No hay ninguna columna %1 que dejar fuera; las columnas son %2</translation>
    </message>
    <message>
        <source>The header has no column %1, which the model reads; the columns are %2</source>
        <translation>La cabecera no tiene la columna %1, que el modelo lee; las columnas son %2</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; expected %3 (%4), or one fewer without the target</source>
        <translation>La línea %1 tiene %2 campos; se esperan %3 (%4), o uno menos sin el objetivo</translation>
    </message>
    <message>
        <source>A %1 data set needs the path of its data</source>
        <translation>Un conjunto de datos %1 necesita la ruta de sus datos</translation>
    </message>
    <message>
        <source>A synthetic data set needs at least 2 samples, got %1</source>
        <translation>Un conjunto de datos sintético necesita al menos 2 muestras, tiene %1</translation>
    </message>
    <message>
        <source>Unknown data set source</source>
        <translation>Origen de conjunto de datos desconocido</translation>
    </message>
    <message>
        <source>zlib could not start</source>
        <translation>zlib no pudo iniciarse</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>el archivo está truncado</translation>
    </message>
    <message>
        <source>the compressed data ends early</source>
        <translation>los datos comprimidos terminan antes de tiempo</translation>
    </message>
    <message>
        <source>The gzip data is corrupt after %1 compressed bytes: %2</source>
        <translation>Los datos gzip están dañados tras %1 bytes comprimidos: %2</translation>
    </message>
    <message>
        <source>The file inflates to more than %1 bytes</source>
        <translation>El archivo descomprimido ocupa más de %1 bytes</translation>
    </message>
    <message>
        <source>%1: byte %2</source>
        <translation>%1: byte %2</translation>
    </message>
    <message>
        <source>The file is %1 bytes long; an IDX file starts with a 4-byte magic number</source>
        <translation>El archivo ocupa %1 bytes; un archivo IDX empieza con un número mágico de 4 bytes</translation>
    </message>
    <message>
        <source>Not an IDX file: the magic number must start with 00 00, got %1 %2</source>
        <translation>No es un archivo IDX: el número mágico debe empezar por 00 00, tiene %1 %2</translation>
    </message>
    <message>
        <source>Unknown IDX value type code %1; expected 8, 9, 11, 12, 13 or 14</source>
        <translation>Código de tipo de valor IDX desconocido %1; se espera 8, 9, 11, 12, 13 o 14</translation>
    </message>
    <message>
        <source>IDX rank %1 is not 1 to 4</source>
        <translation>El rango IDX %1 no está entre 1 y 4</translation>
    </message>
    <message>
        <source>The header needs %1 bytes, the file has %2</source>
        <translation>La cabecera necesita %1 bytes, el archivo tiene %2</translation>
    </message>
    <message>
        <source>The dimensions describe more than %1 bytes of data</source>
        <translation>Las dimensiones describen más de %1 bytes de datos</translation>
    </message>
    <message>
        <source>The header promises %1 %2 values (%3 bytes in all) but the file has %4 bytes</source>
        <translation>La cabecera promete %1 valores %2 (%3 bytes en total) pero el archivo tiene %4 bytes</translation>
    </message>
    <message>
        <source>IDX images need 2 to 4 dimensions (count, height, width), got %1</source>
        <translation>Las imágenes IDX necesitan de 2 a 4 dimensiones (cantidad, alto, ancho), tienen %1</translation>
    </message>
    <message>
        <source>There are %1 images but %2 labels</source>
        <translation>Hay %1 imágenes pero %2 etiquetas</translation>
    </message>
    <message>
        <source>There are %1 images but no list of labels</source>
        <translation>Hay %1 imágenes pero ninguna lista de etiquetas</translation>
    </message>
    <message>
        <source>Label %1 is %2; labels must be whole numbers from 0</source>
        <translation>La etiqueta %1 es %2; las etiquetas deben ser números enteros desde 0</translation>
    </message>
    <message>
        <source>The images are %1 but those of %2 are %3</source>
        <translation>Las imágenes son %1 pero las de %2 son %3</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>La carpeta %1 no existe</translation>
    </message>
    <message>
        <source>An MNIST-format folder needs train-images-idx3-ubyte and train-labels-idx1-ubyte (each may end in .gz); %1 lacks the labels</source>
        <translation>Una carpeta en formato MNIST necesita train-images-idx3-ubyte y train-labels-idx1-ubyte (cada uno puede terminar en .gz); a %1 le faltan las etiquetas</translation>
    </message>
    <message>
        <source>An MNIST-format folder needs train-images-idx3-ubyte and train-labels-idx1-ubyte (each may end in .gz); %1 lacks the images</source>
        <translation>Una carpeta en formato MNIST necesita train-images-idx3-ubyte y train-labels-idx1-ubyte (cada uno puede terminar en .gz); a %1 le faltan las imágenes</translation>
    </message>
    <message>
        <source>The PNG image is truncated: it ends at byte %1 inside a chunk header, before the IEND chunk that closes a PNG file</source>
        <translation>La imagen PNG está truncada: termina en el byte %1 dentro de una cabecera de bloque, antes del bloque IEND que cierra un archivo PNG</translation>
    </message>
    <message>
        <source>The PNG image is truncated: the chunk at byte %1 declares %2 bytes of data but only %3 follow</source>
        <translation>La imagen PNG está truncada: el bloque del byte %1 declara %2 bytes de datos pero solo siguen %3</translation>
    </message>
    <message>
        <source>The JPEG image is corrupt: the Huffman table at byte %1 declares %2 codes; at most 256 are possible</source>
        <translation>La imagen JPEG está dañada: la tabla de Huffman del byte %1 declara %2 códigos; como máximo son posibles 256</translation>
    </message>
    <message>
        <source>The image size %1x%2 is out of range; width and height must be 1 to %3</source>
        <translation>El tamaño de imagen %1x%2 está fuera de rango; el ancho y el alto deben ir de 1 a %3</translation>
    </message>
    <message>
        <source>The image file is empty</source>
        <translation>El archivo de imagen está vacío</translation>
    </message>
    <message>
        <source>The image file is %1 bytes, too large to decode</source>
        <translation>El archivo de imagen ocupa %1 bytes, demasiado para decodificarlo</translation>
    </message>
    <message>
        <source>Not a readable PNG, JPEG or BMP image (%1); expected one of these formats, uncorrupted</source>
        <translation>No es una imagen PNG, JPEG o BMP legible (%1); se espera uno de estos formatos, sin daños</translation>
    </message>
    <message>
        <source>The image header declares %1x%2 pixels; at most %3 pixels are accepted</source>
        <translation>La cabecera de la imagen declara %1x%2 píxeles; se aceptan como máximo %3 píxeles</translation>
    </message>
    <message>
        <source>The image could not be decoded (%1); the file is corrupt or truncated</source>
        <translation>No se pudo decodificar la imagen (%1); el archivo está dañado o truncado</translation>
    </message>
    <message>
        <source>The image could not be resized to %1x%2</source>
        <translation>No se pudo cambiar el tamaño de la imagen a %1x%2</translation>
    </message>
    <message>
        <source>Could not list the folder %1 (%2)</source>
        <translation>No se pudo listar la carpeta %1 (%2)</translation>
    </message>
    <message>
        <source>The image file is %1 bytes; at most %2 are accepted</source>
        <translation>El archivo de imagen ocupa %1 bytes; se aceptan como máximo %2</translation>
    </message>
    <message>
        <source>There is no folder %1</source>
        <translation>No existe la carpeta %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; expected a folder with one sub-folder of images per class</source>
        <translation>%1 es un archivo, no una carpeta; se espera una carpeta con una subcarpeta de imágenes por clase</translation>
    </message>
    <message>
        <source>The class folder %1 has no PNG, JPEG or BMP images (it is empty); put the class&apos;s images in it or remove it</source>
        <translation>La carpeta de clase %1 no tiene imágenes PNG, JPEG o BMP (está vacía); pon en ella las imágenes de la clase o elimínala</translation>
    </message>
    <message>
        <source>The class folder %1 has no PNG, JPEG or BMP images (its %2 entries are other files or folders); put the class&apos;s images in it or remove it</source>
        <translation>La carpeta de clase %1 no tiene imágenes PNG, JPEG o BMP (sus %2 entradas son otros archivos o carpetas); pon en ella las imágenes de la clase o elimínala</translation>
    </message>
    <message>
        <source>%1 has no class sub-folders</source>
        <translation>%1 no tiene subcarpetas de clases</translation>
    </message>
    <message>
        <source>%1 has only one class sub-folder (%2)</source>
        <translation>%1 solo tiene una subcarpeta de clase (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 image lies directly in the folder)</source>
        <translation>%1 (%2 imagen está directamente en la carpeta)</translation>
    </message>
    <message>
        <source>%1 (%2 images lie directly in the folder)</source>
        <translation>%1 (%2 imágenes están directamente en la carpeta)</translation>
    </message>
    <message>
        <source>%1; expected one sub-folder of images per class, at least two, such as %2 and %3</source>
        <translation>%1; se espera una subcarpeta de imágenes por clase, al menos dos, como %2 y %3</translation>
    </message>
    <message>
        <source>%1 images of %2 values are more than %3 values, too many to hold in memory; choose a smaller size</source>
        <translation>%1 imágenes de %2 valores son más de %3 valores, demasiados para la memoria; elige un tamaño más pequeño</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: %3</source>
        <translation>%1 &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>Insert %1 to %2 between &apos;%3&apos; and &apos;%4&apos;</source>
        <translation>Insertar %1 a %2 entre &apos;%3&apos; y &apos;%4&apos;</translation>
    </message>
    <message>
        <source>Insert %1 between &apos;%2&apos; and &apos;%3&apos;</source>
        <translation>Insertar %1 entre &apos;%2&apos; y &apos;%3&apos;</translation>
    </message>
    <message>
        <source>Enable &apos;%1&apos;</source>
        <translation>Activar &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Could not save %1: %2 failed (%3)</source>
        <translation>No se pudo guardar %1: no se pudo %2 (%3)</translation>
    </message>
    <message>
        <source>creating a temporary file in %1</source>
        <translation>crear un archivo temporal en %1</translation>
    </message>
    <message>
        <source>There is no file %1</source>
        <translation>No existe el archivo %1</translation>
    </message>
    <message>
        <source>%1 is a directory, not a file</source>
        <translation>%1 es un directorio, no un archivo</translation>
    </message>
    <message>
        <source>Could not open %1 (%2)</source>
        <translation>No se pudo abrir %1 (%2)</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>No se pudo leer %1</translation>
    </message>
    <message>
        <source>setting permissions</source>
        <translation>ajustar los permisos</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>escribir</translation>
    </message>
    <message>
        <source>flushing to disk</source>
        <translation>volcar al disco</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>cerrar</translation>
    </message>
    <message>
        <source>replacing the file</source>
        <translation>reemplazar el archivo</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>entre %1 y %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>greater than %1</source>
        <translation>mayor que %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>menor que %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1</source>
        <translation>El archivo no es JSON válido: %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>an unexpected value</source>
        <translation>un valor inesperado</translation>
    </message>
    <message>
        <source>Expected %1, got %2</source>
        <translation>Se espera %1, tiene %2</translation>
    </message>
    <message>
        <source>The field &apos;%1&apos; is missing</source>
        <translation>Falta el campo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos;</source>
        <translation>Campo desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Expected %1 elements, got %2</source>
        <translation>Se esperan %1 elementos, tiene %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>Must be %1, got %2</source>
        <translation>Debe ser %1, tiene %2</translation>
    </message>
    <message>
        <source>Must not be negative, got %1</source>
        <translation>No debe ser negativo, tiene %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a number, null or &quot;Infinity&quot;</source>
        <translation>un número, null o &quot;Infinity&quot;</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>The exported ONNX model fails ONNX&apos;s checks: %1</source>
        <translation>El modelo ONNX exportado no supera las comprobaciones de ONNX: %1</translation>
    </message>
    <message>
        <source>The ONNX model could not be serialised (over 2 GB?)</source>
        <translation>No se pudo serializar el modelo ONNX (¿más de 2 GB?)</translation>
    </message>
    <message>
        <source>The layer &apos;%1&apos; (%2) has no ONNX form in this version</source>
        <translation>La capa &apos;%1&apos; (%2) no tiene forma ONNX en esta versión</translation>
    </message>
    <message>
        <source>The project holds no trained weights: train it first</source>
        <translation>El proyecto no tiene pesos entrenados: entrénalo primero</translation>
    </message>
    <message>
        <source>The samples have %1 values but the Input layer takes %2 (%3 values)</source>
        <translation>Las muestras tienen %1 valores pero la capa Input recibe %2 (%3 valores)</translation>
    </message>
    <message>
        <source>The delimiter is one character, got &quot;%1&quot;</source>
        <translation>El delimitador es un solo carácter, tiene &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;task&apos; is &quot;classification&quot; or &quot;regression&quot;, got &quot;%1&quot;</source>
        <translation>&apos;task&apos; es &quot;classification&quot; o &quot;regression&quot;, tiene &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown missing-value policy &apos;%1&apos;</source>
        <translation>Política desconocida para valores que faltan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option &apos;%2&apos;; expected one of %3</source>
        <translation>&apos;%1&apos; no tiene la opción &apos;%2&apos;; se espera una de %3</translation>
    </message>
    <message>
        <source>Unknown layer kind &apos;%1&apos;; this build knows %2</source>
        <translation>Tipo de capa desconocido &apos;%1&apos;; esta versión conoce %2</translation>
    </message>
    <message>
        <source>A parameter has at most %1 dimensions, got %2</source>
        <translation>Un parámetro tiene como máximo %1 dimensiones, tiene %2</translation>
    </message>
    <message>
        <source>Not float32 values in base64</source>
        <translation>No son valores float32 en base64</translation>
    </message>
    <message>
        <source>The shape %1 needs %2, but the data holds %3</source>
        <translation>La forma %1 necesita %2, pero los datos contienen %3</translation>
    </message>
    <message>
        <source>more values than a file can hold</source>
        <translation>más valores de los que cabe en un archivo</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 valores</translation>
    </message>
    <message>
        <source>Weights for node %1, which the graph does not have</source>
        <translation>Pesos para el nodo %1, que el grafo no tiene</translation>
    </message>
    <message>
        <source>Node %1 has weights listed twice</source>
        <translation>El nodo %1 tiene pesos listados dos veces</translation>
    </message>
    <message>
        <source>Run %1 is listed twice</source>
        <translation>La ejecución %1 aparece dos veces</translation>
    </message>
    <message>
        <source>There is no run %1</source>
        <translation>No existe la ejecución %1</translation>
    </message>
    <message>
        <source>This is not a Neuroweave project: &apos;format&apos; is &apos;%1&apos;</source>
        <translation>No es un proyecto de Neuroweave: &apos;format&apos; es &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The file is in project format version %1, made by a newer Neuroweave; this build reads versions up to %2</source>
        <translation>El archivo está en la versión %1 del formato de proyecto, creado por un Neuroweave más reciente; esta versión lee hasta la versión %2</translation>
    </message>
    <message>
        <source>Unknown optimizer &apos;%1&apos;</source>
        <translation>Optimizador desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown learning-rate schedule &apos;%1&apos;</source>
        <translation>Programación de la tasa de aprendizaje desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown early-stopping metric &apos;%1&apos;</source>
        <translation>Métrica de parada temprana desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown synthetic data set &apos;%1&apos;</source>
        <translation>Conjunto de datos sintético desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The delimiter is one character (not a quote or a line break) or &quot;auto&quot;, got &quot;%1&quot;</source>
        <translation>El delimitador es un solo carácter (ni comillas ni salto de línea) o &quot;auto&quot;, tiene &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;header&apos; is &quot;auto&quot;, &quot;yes&quot; or &quot;no&quot;, got &quot;%1&quot;</source>
        <translation>&apos;header&apos; es &quot;auto&quot;, &quot;yes&quot; o &quot;no&quot;, tiene &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;task&apos; is &quot;auto&quot;, &quot;classification&quot; or &quot;regression&quot;, got &quot;%1&quot;</source>
        <translation>&apos;task&apos; es &quot;auto&quot;, &quot;classification&quot; o &quot;regression&quot;, tiene &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown colour mode &apos;%1&apos;</source>
        <translation>Modo de color desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown data set source &apos;%1&apos;</source>
        <translation>Origen de conjunto de datos desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown built-in data set &apos;%1&apos;</source>
        <translation>Conjunto de datos integrado desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>A data set read from files needs its &apos;path&apos;</source>
        <translation>Un conjunto de datos leído de archivos necesita su &apos;path&apos;</translation>
    </message>
    <message>
        <source>The validation and test fractions leave no training data: together they must be less than 1</source>
        <translation>Las fracciones de validación y de prueba no dejan datos de entrenamiento: juntas deben ser menores que 1</translation>
    </message>
    <message>
        <source>Unknown scaling &apos;%1&apos;</source>
        <translation>Escalado desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;offset&apos; has %1 values but &apos;scale&apos; has %2</source>
        <translation>&apos;offset&apos; tiene %1 valores pero &apos;scale&apos; tiene %2</translation>
    </message>
    <message>
        <source>Unknown loss &apos;%1&apos;</source>
        <translation>Pérdida desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown run outcome &apos;%1&apos;</source>
        <translation>Resultado de ejecución desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot create the folder: %1</source>
        <translation>No se puede crear la carpeta: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between %2 and %3, got %4</source>
        <translation>&apos;%1&apos; debe estar entre %2 y %3, tiene %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>&apos;%1&apos; debe ser un número entero</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>&apos;%1&apos; debe ser un número</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; debe ser verdadero o falso</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of its options</source>
        <translation>&apos;%1&apos; debe ser una de sus opciones</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option number %2</source>
        <translation>&apos;%1&apos; no tiene la opción número %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of dimensions</source>
        <translation>&apos;%1&apos; debe ser una lista de dimensiones</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must have 1 to 3 dimensions</source>
        <translation>&apos;%1&apos; debe tener de 1 a 3 dimensiones</translation>
    </message>
    <message>
        <source>&apos;%1&apos; dimensions must be between %2 and %3</source>
        <translation>Las dimensiones de &apos;%1&apos; deben estar entre %2 y %3</translation>
    </message>
    <message>
        <source>unknown attribute type</source>
        <translation>tipo de atributo desconocido</translation>
    </message>
    <message>
        <source>Unknown goal kind &apos;%1&apos;; the kinds are %2</source>
        <translation>Tipo de objetivo desconocido &apos;%1&apos;; los tipos son %2</translation>
    </message>
    <message>
        <source>Unknown metric &apos;%1&apos;; a goal can look at validationAccuracy, validationLoss, trainAccuracy or trainLoss</source>
        <translation>Métrica desconocida &apos;%1&apos;; un objetivo puede mirar validationAccuracy, validationLoss, trainAccuracy o trainLoss</translation>
    </message>
    <message>
        <source>Unknown layer kind &apos;%1&apos;</source>
        <translation>Tipo de capa desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;</source>
        <translation>Ajuste desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown outcome &apos;%1&apos;; a run ends completed, stopped, early-stopped or diverged</source>
        <translation>Resultado desconocido &apos;%1&apos;; una ejecución termina como completed, stopped, early-stopped o diverged</translation>
    </message>
    <message>
        <source>&apos;train&apos; is fresh, continue or no, not &apos;%1&apos;</source>
        <translation>&apos;train&apos; es fresh, continue o no, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a control an assignment can lock: a training setting (as train --set names it) or &apos;dataset&apos;</source>
        <translation>&apos;%1&apos; no es un control que una tarea pueda bloquear: un ajuste de entrenamiento (como lo nombra train --set) o &apos;dataset&apos;</translation>
    </message>
    <message>
        <source>This is not a Neuroweave lesson: &apos;format&apos; is &apos;%1&apos;</source>
        <translation>No es una lección de Neuroweave: &apos;format&apos; es &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The lesson is in format version %1, made by a newer Neuroweave; this build reads version %2</source>
        <translation>La lección está en la versión %1 del formato, creada por un Neuroweave más reciente; esta versión lee la versión %2</translation>
    </message>
    <message>
        <source>A lesson needs at least one step</source>
        <translation>Una lección necesita al menos un paso</translation>
    </message>
    <message>
        <source>The solution&apos;s setting %1: %2</source>
        <translation>El ajuste %1 de la solución: %2</translation>
    </message>
    <message>
        <source>The solution names no layer &apos;%1&apos;</source>
        <translation>La solución no nombra ninguna capa &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The stored optimizer state belongs to %1, not %2</source>
        <translation>El estado guardado del optimizador pertenece a %1, no a %2</translation>
    </message>
    <message>
        <source>The stored optimizer state does not fit the network&apos;s parameters</source>
        <translation>El estado guardado del optimizador no encaja con los parámetros de la red</translation>
    </message>
    <message>
        <source>Saved weights belong to node %1, which the network lacks</source>
        <translation>Hay pesos guardados del nodo %1, que la red no tiene</translation>
    </message>
    <message>
        <source>Node %1 has %2 parameter tensors, the saved weights %3</source>
        <translation>El nodo %1 tiene %2 tensores de parámetros, los pesos guardados %3</translation>
    </message>
    <message>
        <source>Saved %1 of node %2 is %3, the network needs %4</source>
        <translation>El %1 guardado del nodo %2 es %3, la red necesita %4</translation>
    </message>
    <message>
        <source>%1: set the last Dense layer&apos;s units to %2</source>
        <translation>%1: pon las unidades de la última capa Dense en %2</translation>
    </message>
    <message>
        <source>%1: choose the loss %2</source>
        <translation>%1: elige la pérdida %2</translation>
    </message>
    <message>
        <source>The network has %1</source>
        <translation>La red tiene %1</translation>
    </message>
    <message>
        <source>%1 output</source>
        <translation>%1 salida</translation>
    </message>
    <message>
        <source>%1 outputs</source>
        <translation>%1 salidas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2</source>
        <translation>&apos;%1&apos; tiene %2</translation>
    </message>
    <message>
        <source>%1 class</source>
        <translation>%1 clase</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 clases</translation>
    </message>
    <message>
        <source>%1 but %2</source>
        <translation>%1 pero %2</translation>
    </message>
    <message>
        <source>The loss %1 needs class labels, but &apos;%2&apos; is a regression data set</source>
        <translation>La pérdida %1 necesita etiquetas de clase, pero &apos;%2&apos; es un conjunto de datos de regresión</translation>
    </message>
    <message>
        <source>the samples of &apos;%1&apos; have %2</source>
        <translation>las muestras de &apos;%1&apos; tienen %2</translation>
    </message>
    <message>
        <source>%1 target value</source>
        <translation>%1 valor objetivo</translation>
    </message>
    <message>
        <source>%1 target values</source>
        <translation>%1 valores objetivo</translation>
    </message>
    <message>
        <source>Binary cross-entropy needs 2 classes but %1</source>
        <translation>La entropía cruzada binaria necesita 2 clases pero %1</translation>
    </message>
    <message>
        <source>Binary cross-entropy needs 1 output but the network has %1</source>
        <translation>La entropía cruzada binaria necesita 1 salida pero la red tiene %1</translation>
    </message>
    <message>
        <source>The Input layer takes %1 (%2) but the samples of &apos;%3&apos; are %4 (%5): set the Input&apos;s shape to %4</source>
        <translation>La capa Input recibe %1 (%2) pero las muestras de &apos;%3&apos; son %4 (%5): pon la forma del Input en %4</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 valor</translation>
    </message>
    <message>
        <source>The samples of &apos;%1&apos; reach %2 and are not scaled, so the first steps are huge and training is unstable: choose the scaling %3</source>
        <translation>Las muestras de &apos;%1&apos; llegan a %2 y no están escaladas, así que los primeros pasos son enormes y el entrenamiento es inestable: elige el escalado %3</translation>
    </message>
    <message>
        <source>The maths are shown for an enabled Dense layer</source>
        <translation>Las cuentas se muestran para una capa Dense activada</translation>
    </message>
    <message>
        <source>There is no sample %1</source>
        <translation>No existe la muestra %1</translation>
    </message>
    <message>
        <source>The Dense layer is not part of the network</source>
        <translation>La capa Dense no forma parte de la red</translation>
    </message>
    <message>
        <source>The layer has %1 neurons, not a neuron %2</source>
        <translation>La capa tiene %1 neuronas, no una neurona %2</translation>
    </message>
    <message>
        <source>The training split is empty: lower the validation fraction</source>
        <translation>La parte de entrenamiento está vacía: reduce la fracción de validación</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>uno de: %1</translation>
    </message>
    <message>
        <source>%1, %2 or %3</source>
        <translation>%1, %2 o %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NAME=VALUE</source>
        <translation>&apos;%1&apos; no tiene la forma NOMBRE=VALOR</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;; the settings are %2</source>
        <translation>ajuste desconocido &apos;%1&apos;; los ajustes son %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of %2: expected %3</source>
        <translation>&apos;%1&apos; no es un valor de %2: se espera %3</translation>
    </message>
    <message>
        <source>a range is written lo..hi:N or lo..hi:logN, got &apos;%1&apos;</source>
        <translation>un rango se escribe lo..hi:N o lo..hi:logN, tiene &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a range is written lo..hi:N or lo..hi:logN with 2 to %1 values, got &apos;%2&apos;</source>
        <translation>un rango se escribe lo..hi:N o lo..hi:logN con 2 a %1 valores, tiene &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a log range needs positive ends, got &apos;%1&apos;</source>
        <translation>un rango logarítmico necesita extremos positivos, tiene &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NAME=VALUES</source>
        <translation>&apos;%1&apos; no tiene la forma NOMBRE=VALORES</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; (neuroweave-cli train --set help lists them)</source>
        <translation>ajuste desconocido &apos;%1&apos; (neuroweave-cli train --set help los lista)</translation>
    </message>
    <message>
        <source>no values given for %1</source>
        <translation>no se dieron valores para %1</translation>
    </message>
    <message>
        <source>at most %1 values per setting</source>
        <translation>como máximo %1 valores por ajuste</translation>
    </message>
    <message>
        <source>%1=%2: %3</source>
        <translation>%1=%2: %3</translation>
    </message>
    <message>
        <source>Training diverged at epoch %1, batch %2: the gradients are no longer finite (loss %3). The weights of the last finite step are kept; try a lower learning rate (now %4)</source>
        <translation>El entrenamiento divergió en la época %1, lote %2: los gradientes ya no son finitos (pérdida %3). Se conservan los pesos del último paso finito; prueba una tasa de aprendizaje menor (ahora %4)</translation>
    </message>
    <message>
        <source>Training diverged at epoch %1, batch %2: the loss is no longer finite (loss %3). The weights of the last finite step are kept; try a lower learning rate (now %4)</source>
        <translation>El entrenamiento divergió en la época %1, lote %2: la pérdida ya no es finita (pérdida %3). Se conservan los pesos del último paso finito; prueba una tasa de aprendizaje menor (ahora %4)</translation>
    </message>
    <message>
        <source>The model uses something Neuroweave has no layer for</source>
        <translation>El modelo usa algo para lo que Neuroweave no tiene capa</translation>
    </message>
    <message>
        <source>The model file cannot be read</source>
        <translation>No se puede leer el archivo del modelo</translation>
    </message>
    <message>
        <source>The model uses ONNX opset %1; the import reads opsets %2 to %3. Export it again with an opset in that range.</source>
        <translation>El modelo usa el opset ONNX %1; la importación lee los opsets %2 a %3. Vuelve a exportarlo con un opset de ese rango.</translation>
    </message>
    <message>
        <source>The model does not say which ONNX operator set it uses</source>
        <translation>El modelo no indica qué conjunto de operadores ONNX usa</translation>
    </message>
    <message>
        <source>The file is not a valid ONNX model: %1</source>
        <translation>El archivo no es un modelo ONNX válido: %1</translation>
    </message>
    <message>
        <source>The model has %1 inputs; a Neuroweave network has exactly one</source>
        <translation>El modelo tiene %1 entradas; una red de Neuroweave tiene exactamente una</translation>
    </message>
    <message>
        <source>The model&apos;s input &apos;%1&apos; is not a tensor of 32-bit floats</source>
        <translation>La entrada &apos;%1&apos; del modelo no es un tensor de flotantes de 32 bits</translation>
    </message>
    <message>
        <source>The size of dimension %1 of the model&apos;s input &apos;%2&apos; is not fixed</source>
        <translation>El tamaño de la dimensión %1 de la entrada &apos;%2&apos; del modelo no es fijo</translation>
    </message>
    <message>
        <source>The model&apos;s input &apos;%1&apos; has %2 dimensions; Neuroweave reads a batch of vectors or of channels×height×width images</source>
        <translation>La entrada &apos;%1&apos; del modelo tiene %2 dimensiones; Neuroweave lee un lote de vectores o de imágenes canales×alto×ancho</translation>
    </message>
    <message>
        <source>The layer &apos;%1&apos; needs %2 values for &apos;%3&apos;, the model has %4</source>
        <translation>La capa &apos;%1&apos; necesita %2 valores para &apos;%3&apos;, el modelo tiene %4</translation>
    </message>
    <message>
        <source>The network takes 28×28 images into 10 classes, so the project trains on Fashion-MNIST; choose other data in the Data panel if it was made for something else.</source>
        <translation>La red clasifica imágenes de 28×28 en 10 clases, así que el proyecto entrena con Fashion-MNIST; elige otros datos en el panel Datos si se hizo para otra cosa.</translation>
    </message>
    <message>
        <source>Choose the data this network was made for in the Data panel before training it.</source>
        <translation>Antes de entrenarla, elige en el panel Datos los datos para los que se hizo esta red.</translation>
    </message>
    <message>
        <source>%1 of the model&apos;s %2 nodes cannot become layers. The first, %3: %4</source>
        <translation>%1 de los %2 nodos del modelo no pueden convertirse en capas. El primero, %3: %4</translation>
    </message>
    <message>
        <source>The file is not an ONNX model: its contents could not be decoded</source>
        <translation>El archivo no es un modelo ONNX: no se pudo decodificar su contenido</translation>
    </message>
    <message>
        <source>it reads a value no earlier node computes</source>
        <translation>lee un valor que ningún nodo anterior calcula</translation>
    </message>
    <message>
        <source>The model has %1 outputs; a Neuroweave network has exactly one</source>
        <translation>El modelo tiene %1 salidas; una red de Neuroweave tiene exactamente una</translation>
    </message>
    <message>
        <source>The model&apos;s output &apos;%1&apos; is a constant, not computed from its input</source>
        <translation>La salida &apos;%1&apos; del modelo es una constante, no se calcula a partir de su entrada</translation>
    </message>
    <message>
        <source>its input &apos;%1&apos; is not computed by a layer</source>
        <translation>su entrada &apos;%1&apos; no la calcula una capa</translation>
    </message>
    <message>
        <source>its input is neither the network&apos;s input nor computed by a layer</source>
        <translation>su entrada no es la entrada de la red ni la calcula una capa</translation>
    </message>
    <message>
        <source>it multiplies a %1 input by a %2×%3 matrix; only flat inputs of %2 values can become a Dense layer</source>
        <translation>multiplica una entrada %1 por una matriz de %2×%3; solo las entradas planas de %2 valores pueden ser una capa Dense</translation>
    </message>
    <message>
        <source>its second input is not a constant matrix</source>
        <translation>su segunda entrada no es una matriz constante</translation>
    </message>
    <message>
        <source>it transposes its input (transA)</source>
        <translation>transpone su entrada (transA)</translation>
    </message>
    <message>
        <source>its bias is not a constant</source>
        <translation>su sesgo no es una constante</translation>
    </message>
    <message>
        <source>its bias does not have one value per output</source>
        <translation>su sesgo no tiene un valor por salida</translation>
    </message>
    <message>
        <source>it multiplies two computed values; only a product with a constant matrix can become a Dense layer</source>
        <translation>multiplica dos valores calculados; solo un producto por una matriz constante puede ser una capa Dense</translation>
    </message>
    <message>
        <source>its window is not square (%1)</source>
        <translation>su ventana no es cuadrada (%1)</translation>
    </message>
    <message>
        <source>its strides differ between height and width</source>
        <translation>sus pasos difieren entre alto y ancho</translation>
    </message>
    <message>
        <source>its dilations differ between height and width</source>
        <translation>sus dilataciones difieren entre alto y ancho</translation>
    </message>
    <message>
        <source>its input is not a channels×height×width image</source>
        <translation>su entrada no es una imagen canales×alto×ancho</translation>
    </message>
    <message>
        <source>its padding %1 is neither none nor the engine&apos;s &quot;same&quot; padding</source>
        <translation>su relleno %1 no es nulo ni el relleno &quot;same&quot; del motor</translation>
    </message>
    <message>
        <source>its weights are not a constant 4-D tensor</source>
        <translation>sus pesos no son un tensor 4D constante</translation>
    </message>
    <message>
        <source>it is a grouped convolution (group %1)</source>
        <translation>es una convolución agrupada (group %1)</translation>
    </message>
    <message>
        <source>its weights expect %1 input channels, the input has %2</source>
        <translation>sus pesos esperan %1 canales de entrada, la entrada tiene %2</translation>
    </message>
    <message>
        <source>its bias is not a constant with one value per filter</source>
        <translation>su sesgo no es una constante con un valor por filtro</translation>
    </message>
    <message>
        <source>its indices output is used</source>
        <translation>se usa su salida de índices</translation>
    </message>
    <message>
        <source>it rounds its output size up (ceil_mode)</source>
        <translation>redondea hacia arriba su tamaño de salida (ceil_mode)</translation>
    </message>
    <message>
        <source>it stores its indices by column</source>
        <translation>guarda sus índices por columnas</translation>
    </message>
    <message>
        <source>its window is dilated</source>
        <translation>su ventana está dilatada</translation>
    </message>
    <message>
        <source>it counts the padding in its averages (count_include_pad)</source>
        <translation>cuenta el relleno en sus promedios (count_include_pad)</translation>
    </message>
    <message>
        <source>it removes axes of a computed value</source>
        <translation>elimina ejes de un valor calculado</translation>
    </message>
    <message>
        <source>it is exported in training mode; export the model in evaluation mode</source>
        <translation>se exportó en modo de entrenamiento; exporta el modelo en modo de evaluación</translation>
    </message>
    <message>
        <source>its scale, bias, mean and variance are not constants with one value per channel</source>
        <translation>su escala, sesgo, media y varianza no son constantes con un valor por canal</translation>
    </message>
    <message>
        <source>it normalises over only some of the axes of a sample</source>
        <translation>normaliza solo sobre algunos ejes de una muestra</translation>
    </message>
    <message>
        <source>its scale and bias are not constants of the input&apos;s shape</source>
        <translation>su escala y su sesgo no son constantes con la forma de la entrada</translation>
    </message>
    <message>
        <source>it is taken over an axis other than the features of a flat input</source>
        <translation>se calcula sobre un eje distinto de las características de una entrada plana</translation>
    </message>
    <message>
        <source>it flattens from an axis other than 1</source>
        <translation>aplana desde un eje distinto de 1</translation>
    </message>
    <message>
        <source>its target shape is computed while the network runs</source>
        <translation>su forma de destino se calcula mientras se ejecuta la red</translation>
    </message>
    <message>
        <source>its target shape is empty</source>
        <translation>su forma de destino está vacía</translation>
    </message>
    <message>
        <source>it changes the batch dimension</source>
        <translation>cambia la dimensión del lote</translation>
    </message>
    <message>
        <source>its target shape does not fit the input %1</source>
        <translation>su forma de destino no encaja con la entrada %1</translation>
    </message>
    <message>
        <source>its mask output is used</source>
        <translation>se usa su salida de máscara</translation>
    </message>
    <message>
        <source>its ratio is not a constant</source>
        <translation>su proporción no es una constante</translation>
    </message>
    <message>
        <source>it adds a constant to a value that is not a product with a matrix</source>
        <translation>suma una constante a un valor que no es un producto por una matriz</translation>
    </message>
    <message>
        <source>it joins fewer than two inputs</source>
        <translation>une menos de dos entradas</translation>
    </message>
    <message>
        <source>it joins along an axis other than the channels or features</source>
        <translation>une a lo largo de un eje distinto de los canales o las características</translation>
    </message>
    <message>
        <source>it belongs to the operator set &apos;%1&apos;, not to ONNX&apos;s own</source>
        <translation>pertenece al conjunto de operadores &apos;%1&apos;, no al propio de ONNX</translation>
    </message>
    <message>
        <source>it has no output</source>
        <translation>no tiene salida</translation>
    </message>
    <message>
        <source>Neuroweave has no layer for the operator %1</source>
        <translation>Neuroweave no tiene capa para el operador %1</translation>
    </message>
    <message>
        <source>The tensor &apos;%1&apos; cannot be read: %2</source>
        <translation>No se puede leer el tensor &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>it holds %1 bytes where its dimensions need %2</source>
        <translation>contiene %1 bytes donde sus dimensiones necesitan %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; computes a constant the import cannot: %3</source>
        <translation>%1 &apos;%2&apos; calcula una constante que la importación no puede calcular: %3</translation>
    </message>
    <message>
        <source>the result depends on the batch size</source>
        <translation>el resultado depende del tamaño del lote</translation>
    </message>
    <message>
        <source>the shapes %1 and %2 do not broadcast</source>
        <translation>las formas %1 y %2 no se pueden difundir (broadcast)</translation>
    </message>
    <message>
        <source>its axis is outside the data</source>
        <translation>su eje está fuera de los datos</translation>
    </message>
    <message>
        <source>an index is out of range</source>
        <translation>un índice está fuera de rango</translation>
    </message>
    <message>
        <source>its inputs differ in rank</source>
        <translation>sus entradas tienen distinto número de dimensiones</translation>
    </message>
    <message>
        <source>its target shape does not fit</source>
        <translation>su forma de destino no encaja</translation>
    </message>
    <message>
        <source>its permutation does not fit the data</source>
        <translation>su permutación no encaja con los datos</translation>
    </message>
    <message>
        <source>it has no starts and ends</source>
        <translation>no tiene inicios ni finales</translation>
    </message>
    <message>
        <source>its starts, ends, axes and steps differ in length</source>
        <translation>sus inicios, finales, ejes y pasos tienen distinta longitud</translation>
    </message>
    <message>
        <source>it has no value the import can read</source>
        <translation>no tiene un valor que la importación pueda leer</translation>
    </message>
    <message>
        <source>its values are stored in a separate file, which the import does not read</source>
        <translation>sus valores están en un archivo aparte, que la importación no lee</translation>
    </message>
    <message>
        <source>a dimension is out of range</source>
        <translation>una dimensión está fuera de rango</translation>
    </message>
    <message>
        <source>it has too many values</source>
        <translation>tiene demasiados valores</translation>
    </message>
    <message>
        <source>its element type (%1) is not one the import reads</source>
        <translation>la importación no lee su tipo de elemento (%1)</translation>
    </message>
    <message>
        <source>it holds %1 values where its dimensions need %2</source>
        <translation>contiene %1 valores donde sus dimensiones necesitan %2</translation>
    </message>
    <message>
        <source>Column %1 holds &apos;%2&apos;, which is not a number: this project takes only numbers, one column per input value</source>
        <translation>La columna %1 contiene &apos;%2&apos;, que no es un número: este proyecto solo acepta números, una columna por valor de entrada</translation>
    </message>
    <message>
        <source>The file has %1 columns but the Input layer takes %2 values: give one column per input value</source>
        <translation>El archivo tiene %1 columnas pero la capa Input toma %2 valores: da una columna por valor de entrada</translation>
    </message>
    <message>
        <source>The file holds no rows of numbers</source>
        <translation>El archivo no contiene filas de números</translation>
    </message>
    <message>
        <source>An int8 export finds its value ranges on the project&apos;s data, which cannot be read: %1</source>
        <translation>Una exportación int8 obtiene sus rangos de valores de los datos del proyecto, que no se pueden leer: %1</translation>
    </message>
    <message>
        <source>An int8 export finds its value ranges on the project&apos;s data, which does not fit the Input layer</source>
        <translation>Una exportación int8 obtiene sus rangos de valores de los datos del proyecto, que no encajan con la capa Input</translation>
    </message>
</context>
<context>
    <name>GoalText</name>
    <message>
        <source>between %1 and %2</source>
        <translation>entre %1 y %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Validation accuracy %1</source>
        <translation>Precisión de validación %1</translation>
    </message>
    <message>
        <source>Validation loss %1</source>
        <translation>Pérdida de validación %1</translation>
    </message>
    <message>
        <source>Training accuracy %1</source>
        <translation>Precisión de entrenamiento %1</translation>
    </message>
    <message>
        <source>Training loss %1</source>
        <translation>Pérdida de entrenamiento %1</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>early-stopped</source>
        <translation>detenida antes de tiempo</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergente</translation>
    </message>
    <message>
        <source>Trainable parameters: %1</source>
        <translation>Parámetros entrenables: %1</translation>
    </message>
    <message>
        <source>Hidden layers: %1</source>
        <translation>Capas ocultas: %1</translation>
    </message>
    <message>
        <source>No %1 layer</source>
        <translation>Ninguna capa %1</translation>
    </message>
    <message>
        <source>Uses a %1 layer</source>
        <translation>Usa una capa %1</translation>
    </message>
    <message>
        <source>%1 layers: %2</source>
        <translation>Capas %1: %2</translation>
    </message>
    <message>
        <source>The network has no problems</source>
        <translation>La red no tiene problemas</translation>
    </message>
    <message>
        <source>The loss goes below %1 within %2 steps</source>
        <translation>La pérdida baja de %1 en %2 pasos como máximo</translation>
    </message>
    <message>
        <source>The loss goes below %1</source>
        <translation>La pérdida baja de %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 es %2</translation>
    </message>
    <message>
        <source>Trained for %1 epoch</source>
        <translation>%1 época de entrenamiento</translation>
    </message>
    <message>
        <source>Trained for %1 epochs</source>
        <translation>%1 épocas de entrenamiento</translation>
    </message>
    <message>
        <source>Trained for %1 step</source>
        <translation>%1 paso de entrenamiento</translation>
    </message>
    <message>
        <source>Trained for %1 steps</source>
        <translation>%1 pasos de entrenamiento</translation>
    </message>
    <message>
        <source>The run ends %1</source>
        <translation>Estado final de la ejecución: %1</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>Ejecuciones: %1</translation>
    </message>
    <message>
        <source>Runs with different %1: %2</source>
        <translation>Ejecuciones con distintos valores de %1: %2</translation>
    </message>
</context>
<context>
    <name>LayerCategory</name>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Básicas</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Convolución</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>Agrupación</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>Normalización</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinación</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>Cambio de forma</translation>
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
        <translation>Fórmula:</translation>
    </message>
    <message>
        <source>This layer has no attributes.</source>
        <translation>Esta capa no tiene atributos.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>The layer is disabled: it passes its input through unchanged.</source>
        <translation>La capa está desactivada: deja pasar su entrada sin cambios.</translation>
    </message>
    <message>
        <source>Using the Designer</source>
        <translation>Cómo usar el diseñador</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Building a network&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Drag a layer from the palette onto the canvas, or double-click it to add it in the middle of the view. %1 searches the palette.&lt;/li&gt;&lt;li&gt;Drag from a layer&apos;s output port (right) to another layer&apos;s input port (left) to wire them. Ports that accept the wire light up while you drag.&lt;/li&gt;&lt;li&gt;Drop a wire on empty canvas to add a layer that is already connected.&lt;/li&gt;&lt;li&gt;Every wire shows the shape it carries. A red badge marks a layer whose input does not fit; click it to insert the bridging layer it offers.&lt;/li&gt;&lt;li&gt;Select a layer to edit its attributes in the inspector; the problems list shows every diagnostic, and a click selects its layer.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Select a layer and press %2 for help on it. %3 fits the network in view; every edit can be undone with %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Construir una red&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Arrastra una capa desde la paleta hasta el lienzo, o haz doble clic en ella para añadirla en el centro de la vista. %1 busca en la paleta.&lt;/li&gt;&lt;li&gt;Arrastra desde el puerto de salida de una capa (a la derecha) hasta el puerto de entrada de otra capa (a la izquierda) para conectarlas. Los puertos que aceptan la conexión se iluminan mientras arrastras.&lt;/li&gt;&lt;li&gt;Suelta una conexión en una zona vacía del lienzo para añadir una capa ya conectada.&lt;/li&gt;&lt;li&gt;Cada conexión muestra la forma que transporta. Una marca roja señala una capa cuya entrada no encaja; haz clic en ella para insertar la capa intermedia que propone.&lt;/li&gt;&lt;li&gt;Selecciona una capa para editar sus atributos en el inspector; la lista de problemas muestra todos los diagnósticos, y un clic selecciona la capa correspondiente.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Selecciona una capa y pulsa %2 para ver su ayuda. %3 ajusta la red a la vista; cualquier cambio se puede deshacer con %4.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>A single neuron and its weights</source>
        <extracomment>Title of the lesson &quot;single-neuron&quot;</extracomment>
        <translation>Una sola neurona y sus pesos</translation>
    </message>
    <message>
        <source>What one layer of neurons computes, and the straight line it draws between two classes.</source>
        <extracomment>One-sentence summary of the lesson &quot;single-neuron&quot;</extracomment>
        <translation>Qué calcula una capa de neuronas y la línea recta que traza entre dos clases.</translation>
    </message>
    <message>
        <source>One neuron per class</source>
        <extracomment>Title of lesson &quot;single-neuron&quot;, step 1</extracomment>
        <translation>Una neurona por clase</translation>
    </message>
    <message>
        <source>Every neuron computes a weighted sum of its inputs plus a bias, **z = w·x + b**. This network has
one **Dense** layer with one neuron per class: for a point (x₁, x₂) each neuron computes
z = w₁x₁ + w₂x₂ + b, and **Softmax** turns the two sums into probabilities that add up to one.

Select the **neuron** layer: the inspector shows its 6 parameters (2 weights and a bias per neuron).
Press **Train** (F5) and watch the **Decision Boundary** panel.
</source>
        <extracomment>Markdown text of lesson &quot;single-neuron&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>Cada neurona calcula una suma ponderada de sus entradas más un sesgo, **z = w·x + b**. Esta red tiene
una capa **Dense** con una neurona por clase: para un punto (x₁, x₂), cada neurona calcula
z = w₁x₁ + w₂x₂ + b, y **Softmax** convierte las dos sumas en probabilidades que suman uno.

Selecciona la capa **neuron**: el inspector muestra sus 6 parámetros (2 pesos y un sesgo por neurona).
Pulsa **Entrenar** (F5) y observa el panel **Frontera de decisión**.
</translation>
    </message>
    <message>
        <source>Press Train (F5) and wait for the 20 epochs to finish.</source>
        <extracomment>A hint of lesson &quot;single-neuron&quot;, step 1</extracomment>
        <translation>Pulsa Entrenar (F5) y espera a que terminen las 20 épocas.</translation>
    </message>
    <message>
        <source>A straight line</source>
        <extracomment>Title of lesson &quot;single-neuron&quot;, step 2</extracomment>
        <translation>Una línea recta</translation>
    </message>
    <message>
        <source>The learning rate is in the Training panel, under Optimizer.</source>
        <extracomment>A hint of lesson &quot;single-neuron&quot;, step 2</extracomment>
        <translation>La tasa de aprendizaje está en el panel Entrenamiento, en Optimizador.</translation>
    </message>
    <message>
        <source>After changing it, press Reset Weights, then Train.</source>
        <extracomment>A hint of lesson &quot;single-neuron&quot;, step 2</extracomment>
        <translation>Después de cambiarla, pulsa Reiniciar pesos y luego Entrenar.</translation>
    </message>
    <message>
        <source>No hidden layer (logistic regression)</source>
        <extracomment>A goal of lesson &quot;single-neuron&quot;, step 2</extracomment>
        <translation>Sin capa oculta (regresión logística)</translation>
    </message>
    <message>
        <source>Why a hidden layer? XOR</source>
        <extracomment>Title of the lesson &quot;xor&quot;</extracomment>
        <translation>¿Para qué sirve una capa oculta? XOR</translation>
    </message>
    <message>
        <source>Points in opposite corners share a class: no straight line separates them, a hidden layer with a non-linear activation does.</source>
        <extracomment>One-sentence summary of the lesson &quot;xor&quot;</extracomment>
        <translation>Los puntos de esquinas opuestas son de la misma clase: ninguna recta los separa, pero una capa oculta con una activación no lineal sí.</translation>
    </message>
    <message>
        <source>A line cannot do it</source>
        <extracomment>Title of lesson &quot;xor&quot;, step 1</extracomment>
        <translation>Una recta no basta</translation>
    </message>
    <message>
        <source>Press Train (F5).</source>
        <extracomment>A hint of lesson &quot;xor&quot;, step 1
----------
A hint of lesson &quot;activations&quot;, step 1
----------
A hint of lesson &quot;confusion-matrix&quot;, step 1</extracomment>
        <translation>Pulsa Entrenar (F5).</translation>
    </message>
    <message>
        <source>Validation accuracy stays below 80%</source>
        <extracomment>A goal of lesson &quot;xor&quot;, step 1</extracomment>
        <translation>La precisión de validación se queda por debajo del 80 %</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <extracomment>Title of lesson &quot;xor&quot;, step 2</extracomment>
        <translation>Añade una capa oculta</translation>
    </message>
    <message>
        <source>Drop a wire from the input on empty canvas to pick the next layer.</source>
        <extracomment>A hint of lesson &quot;xor&quot;, step 2</extracomment>
        <translation>Suelta una conexión desde la entrada en una zona vacía del lienzo para elegir la capa siguiente.</translation>
    </message>
    <message>
        <source>The output layer needs 2 neurons, one per class.</source>
        <extracomment>A hint of lesson &quot;xor&quot;, step 2</extracomment>
        <translation>La capa de salida necesita 2 neuronas, una por clase.</translation>
    </message>
    <message>
        <source>Without the activation</source>
        <extracomment>Title of lesson &quot;xor&quot;, step 3</extracomment>
        <translation>Sin la activación</translation>
    </message>
    <message>
        <source>Right-click the **Tanh** layer and disable it, then train again. Two Dense layers in a row are
still one linear function, W₂(W₁x + b₁) + b₂ = Wx + b: the boundary is a straight line again. The
*non-linear* activation is what lets the hidden layer help.
</source>
        <extracomment>Markdown text of lesson &quot;xor&quot;, step 3; keep the ** and * marks</extracomment>
        <translation>Haz clic derecho en la capa **Tanh**, desactívala y vuelve a entrenar. Dos capas Dense seguidas siguen
siendo una única función lineal, W₂(W₁x + b₁) + b₂ = Wx + b: la frontera vuelve a ser una línea recta.
La activación *no lineal* es lo que permite que la capa oculta sirva de algo.
</translation>
    </message>
    <message>
        <source>A disabled layer passes its input on unchanged.</source>
        <extracomment>A hint of lesson &quot;xor&quot;, step 3</extracomment>
        <translation>Una capa desactivada deja pasar su entrada sin cambios.</translation>
    </message>
    <message>
        <source>Validation accuracy drops below 80% again</source>
        <extracomment>A goal of lesson &quot;xor&quot;, step 3</extracomment>
        <translation>La precisión de validación vuelve a bajar del 80 %</translation>
    </message>
    <message>
        <source>Activation functions compared</source>
        <extracomment>Title of the lesson &quot;activations&quot;</extracomment>
        <translation>Comparación de funciones de activación</translation>
    </message>
    <message>
        <source>Sigmoid, tanh and ReLU on the same network and data: how fast each learns and the boundaries they draw.</source>
        <extracomment>One-sentence summary of the lesson &quot;activations&quot;</extracomment>
        <translation>Sigmoid, tanh y ReLU con la misma red y los mismos datos: lo rápido que aprende cada una y las fronteras que trazan.</translation>
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
        <translation>Aquí las activaciones son **Sigmoid**, σ(z) = 1 / (1 + e⁻ᶻ): suave, entre 0 y 1, y plana en ambos
extremos, donde su gradiente es casi cero. Entrena y observa la curva de pérdida.
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
        <translation>Sustituye las dos capas Sigmoid por **Tanh**, tanh(z), que va de −1 a 1 y está centrada en cero.
Vuelve a entrenar: el panel Ejecuciones conserva la ejecución con Sigmoid, así que selecciona ambas ejecuciones para superponer sus curvas.
</translation>
    </message>
    <message>
        <source>Select a Sigmoid card, delete it, and join the wires through a new Tanh layer.</source>
        <extracomment>A hint of lesson &quot;activations&quot;, step 2</extracomment>
        <translation>Selecciona una tarjeta Sigmoid, elimínala y une las conexiones mediante una nueva capa Tanh.</translation>
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
        <translation>Ahora **ReLU**, max(0, z): cero para entradas negativas y la propia entrada en otro caso. Es barata de calcular y su
gradiente no se desvanece con entradas grandes, por eso la usan las redes profundas. Su frontera está formada por
tramos rectos: fíjate bien en el panel Frontera de decisión.
</translation>
    </message>
    <message>
        <source>Compare the three runs in the Runs panel: which reached 95% first?</source>
        <extracomment>A hint of lesson &quot;activations&quot;, step 3</extracomment>
        <translation>Compara las tres ejecuciones en el panel Ejecuciones: ¿cuál llegó antes al 95 %?</translation>
    </message>
    <message>
        <source>Three runs to compare in the Runs panel</source>
        <extracomment>A goal of lesson &quot;activations&quot;, step 3</extracomment>
        <translation>Tres ejecuciones para comparar en el panel Ejecuciones</translation>
    </message>
    <message>
        <source>The learning rate: too small, right, too large</source>
        <extracomment>Title of the lesson &quot;learning-rate&quot;</extracomment>
        <translation>La tasa de aprendizaje: demasiado pequeña, adecuada, demasiado grande</translation>
    </message>
    <message>
        <source>The same network fitting a sine curve with three learning rates: one crawls, one fits, one diverges.</source>
        <extracomment>One-sentence summary of the lesson &quot;learning-rate&quot;</extracomment>
        <translation>La misma red ajusta una curva senoidal con tres tasas de aprendizaje: una avanza a paso de tortuga, otra se ajusta y otra diverge.</translation>
    </message>
    <message>
        <source>Too small</source>
        <extracomment>Title of lesson &quot;learning-rate&quot;, step 1</extracomment>
        <translation>Demasiado pequeña</translation>
    </message>
    <message>
        <source>Press Train (F5) and look at the loss chart.</source>
        <extracomment>A hint of lesson &quot;learning-rate&quot;, step 1</extracomment>
        <translation>Pulsa Entrenar (F5) y mira el gráfico de pérdida.</translation>
    </message>
    <message>
        <source>The training loss is still above 0.1</source>
        <extracomment>A goal of lesson &quot;learning-rate&quot;, step 1</extracomment>
        <translation>La pérdida de entrenamiento sigue por encima de 0,1</translation>
    </message>
    <message>
        <source>About right</source>
        <extracomment>Title of lesson &quot;learning-rate&quot;, step 2</extracomment>
        <translation>Más o menos adecuada</translation>
    </message>
    <message>
        <source>Set the learning rate to **0.05**, reset the weights and train again. The loss now falls quickly and
the validation loss follows it.
</source>
        <extracomment>Markdown text of lesson &quot;learning-rate&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>Pon la tasa de aprendizaje en **0,05**, reinicia los pesos y vuelve a entrenar. Ahora la pérdida baja rápido y
la pérdida de validación la sigue.
</translation>
    </message>
    <message>
        <source>Reset Weights starts a new run from fresh weights.</source>
        <extracomment>A hint of lesson &quot;learning-rate&quot;, step 2</extracomment>
        <translation>Reiniciar pesos empieza una ejecución nueva con pesos nuevos.</translation>
    </message>
    <message>
        <source>Too large</source>
        <extracomment>Title of lesson &quot;learning-rate&quot;, step 3</extracomment>
        <translation>Demasiado grande</translation>
    </message>
    <message>
        <source>The Runs panel lists the three runs with their learning rates side by side.</source>
        <extracomment>A hint of lesson &quot;learning-rate&quot;, step 3</extracomment>
        <translation>El panel Ejecuciones muestra las tres ejecuciones con sus tasas de aprendizaje, una al lado de otra.</translation>
    </message>
    <message>
        <source>Runs with three different learning rates</source>
        <extracomment>A goal of lesson &quot;learning-rate&quot;, step 3</extracomment>
        <translation>Ejecuciones con tres tasas de aprendizaje distintas</translation>
    </message>
    <message>
        <source>Overfitting, and what fights it</source>
        <extracomment>Title of the lesson &quot;overfitting&quot;</extracomment>
        <translation>El sobreajuste y cómo combatirlo</translation>
    </message>
    <message>
        <source>A large network memorises a small noisy data set; validation shows it, Dropout and weight decay fight it.</source>
        <extracomment>One-sentence summary of the lesson &quot;overfitting&quot;</extracomment>
        <translation>Una red grande memoriza un conjunto de datos pequeño y con ruido; la validación lo revela, y Dropout y el decaimiento de pesos lo combaten.</translation>
    </message>
    <message>
        <source>Memorising</source>
        <extracomment>Title of lesson &quot;overfitting&quot;, step 1</extracomment>
        <translation>Memorizar</translation>
    </message>
    <message>
        <source>200 noisy points and a network with over 4,000 parameters: it can learn every training point by
heart. Train for 300 epochs and compare the **training** and **validation** curves in the Metrics
panel: the training loss keeps falling while the validation loss turns back up. That gap is
**overfitting**.
</source>
        <extracomment>Markdown text of lesson &quot;overfitting&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>200 puntos con ruido y una red con más de 4000 parámetros: puede aprenderse de memoria cada punto de
entrenamiento. Entrena durante 300 épocas y compara las curvas de **entrenamiento** y de **validación** en el panel
Métricas: la pérdida de entrenamiento sigue bajando mientras que la de validación vuelve a subir. Esa diferencia es
el **sobreajuste**.
</translation>
    </message>
    <message>
        <source>The dashed curve is validation; look at where it stops improving.</source>
        <extracomment>A hint of lesson &quot;overfitting&quot;, step 1</extracomment>
        <translation>La curva discontinua es la de validación; fíjate en dónde deja de mejorar.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <extracomment>Title of lesson &quot;overfitting&quot;, step 2</extracomment>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Dropout is only active while training; the validation pass uses every neuron.</source>
        <extracomment>A hint of lesson &quot;overfitting&quot;, step 2</extracomment>
        <translation>Dropout solo actúa durante el entrenamiento; la pasada de validación usa todas las neuronas.</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <extracomment>Title of lesson &quot;overfitting&quot;, step 3</extracomment>
        <translation>Decaimiento de pesos</translation>
    </message>
    <message>
        <source>Weight decay is in the Training panel, under Optimizer.</source>
        <extracomment>A hint of lesson &quot;overfitting&quot;, step 3</extracomment>
        <translation>El decaimiento de pesos está en el panel Entrenamiento, en Optimizador.</translation>
    </message>
    <message>
        <source>Convolution and feature maps</source>
        <extracomment>Title of the lesson &quot;convolution&quot;</extracomment>
        <translation>Convolución y mapas de características</translation>
    </message>
    <message>
        <source>Small filters slid over Fashion-MNIST images: what a convolution computes and what its feature maps show.</source>
        <extracomment>One-sentence summary of the lesson &quot;convolution&quot;</extracomment>
        <translation>Pequeños filtros que se deslizan sobre imágenes de Fashion-MNIST: qué calcula una convolución y qué muestran sus mapas de características.</translation>
    </message>
    <message>
        <source>Filters</source>
        <extracomment>Title of lesson &quot;convolution&quot;, step 1</extracomment>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>A **Conv2D** layer slides small 3×3 filters over the image; each filter computes a weighted sum of the
9 pixels under it at every position, giving one **feature map** per filter. The same 9 weights serve
the whole image, so this layer has only 8 × (9 + 1) = 80 parameters.

Train for one epoch (Fashion-MNIST: 60,000 clothing images in 10 classes).
</source>
        <extracomment>Markdown text of lesson &quot;convolution&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>Una capa **Conv2D** desliza pequeños filtros de 3×3 sobre la imagen; en cada posición, cada filtro calcula una suma ponderada de los
9 píxeles que tiene debajo, lo que da un **mapa de características** por filtro. Los mismos 9 pesos sirven para
toda la imagen, así que esta capa solo tiene 8 × (9 + 1) = 80 parámetros.

Entrena durante una época (Fashion-MNIST: 60&#xa0;000 imágenes de ropa en 10 clases).
</translation>
    </message>
    <message>
        <source>Fashion-MNIST comes with Neuroweave (the Debian package dataset-fashion-mnist).</source>
        <extracomment>A hint of lesson &quot;convolution&quot;, step 1</extracomment>
        <translation>Fashion-MNIST viene con Neuroweave (el paquete de Debian dataset-fashion-mnist).</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <extracomment>Title of lesson &quot;convolution&quot;, step 2</extracomment>
        <translation>Mapas de características</translation>
    </message>
    <message>
        <source>Select **conv_1** and open the **Activations** panel: the 8 maps show where each filter responds in
the chosen sample, edges in one direction, bright areas in another. Switch the panel to *Weights* to
see the 3×3 filters themselves.

Now add a second convolution (16 filters) with a ReLU and a max-pooling after **pool_1**, and train
again: the second layer combines the first layer&apos;s maps into larger patterns.
</source>
        <extracomment>Markdown text of lesson &quot;convolution&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>Selecciona **conv_1** y abre el panel **Activaciones**: los 8 mapas muestran dónde responde cada filtro en
la muestra elegida: bordes en una dirección, zonas claras en otra. Cambia el panel a *Pesos* para
ver los propios filtros de 3×3.

Ahora añade una segunda convolución (16 filtros) con una ReLU y una capa de max-pooling después de **pool_1**, y vuelve
a entrenar: la segunda capa combina los mapas de la primera en patrones más grandes.
</translation>
    </message>
    <message>
        <source>MaxPool2D halves the size of each map: 28 → 13 → 5 with two blocks.</source>
        <extracomment>A hint of lesson &quot;convolution&quot;, step 2</extracomment>
        <translation>MaxPool2D reduce a la mitad el tamaño de cada mapa: 28 → 13 → 5 con dos bloques.</translation>
    </message>
    <message>
        <source>Reading a confusion matrix</source>
        <extracomment>Title of the lesson &quot;confusion-matrix&quot;</extracomment>
        <translation>Cómo leer una matriz de confusión</translation>
    </message>
    <message>
        <source>Which clothes the network mixes up, and the misclassified images behind each number.</source>
        <extracomment>One-sentence summary of the lesson &quot;confusion-matrix&quot;</extracomment>
        <translation>Qué prendas confunde la red y las imágenes mal clasificadas que hay detrás de cada número.</translation>
    </message>
    <message>
        <source>Train</source>
        <extracomment>Title of lesson &quot;confusion-matrix&quot;, step 1</extracomment>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Train this network on Fashion-MNIST for two epochs. Accuracy alone says how often it is right, not
**what** it confuses.
</source>
        <extracomment>Markdown text of lesson &quot;confusion-matrix&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>Entrena esta red con Fashion-MNIST durante dos épocas. La precisión por sí sola dice con qué frecuencia acierta, no
**qué** confunde.
</translation>
    </message>
    <message>
        <source>The matrix</source>
        <extracomment>Title of lesson &quot;confusion-matrix&quot;, step 2</extracomment>
        <translation>La matriz</translation>
    </message>
    <message>
        <source>Open the **Evaluation** panel. Each row is a true class, each column the class the network predicted;
the diagonal holds the correct answers. Find the largest number off the diagonal: usually *Shirt*
taken for *T-shirt/top*, *Pullover* or *Coat*. Click that cell to see exactly those images: would you
have got them right?

Then train two more epochs and see whether that cell shrinks.
</source>
        <extracomment>Markdown text of lesson &quot;confusion-matrix&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>Abre el panel **Evaluación**. Cada fila es una clase real y cada columna, la clase que predijo la red;
la diagonal contiene las respuestas correctas. Busca el número más grande fuera de la diagonal: normalmente *Shirt*
confundida con *T-shirt/top*, *Pullover* o *Coat*. Haz clic en esa celda para ver exactamente esas imágenes: ¿tú
las habrías acertado?

Después entrena dos épocas más y comprueba si esa celda disminuye.
</translation>
    </message>
    <message>
        <source>Train continues the run when the network has not changed.</source>
        <extracomment>A hint of lesson &quot;confusion-matrix&quot;, step 2</extracomment>
        <translation>Entrenar continúa la ejecución si la red no ha cambiado.</translation>
    </message>
    <message>
        <source>Backpropagation, one step at a time</source>
        <extracomment>Title of the lesson &quot;backpropagation&quot;</extracomment>
        <translation>Retropropagación, paso a paso</translation>
    </message>
    <message>
        <source>A network small enough to follow by hand: the forward pass, the loss, each weight&apos;s gradient and its update.</source>
        <extracomment>One-sentence summary of the lesson &quot;backpropagation&quot;</extracomment>
        <translation>Una red lo bastante pequeña para seguirla a mano: la propagación hacia adelante, la pérdida, el gradiente de cada peso y su actualización.</translation>
    </message>
    <message>
        <source>One step</source>
        <extracomment>Title of lesson &quot;backpropagation&quot;, step 1</extracomment>
        <translation>Un paso</translation>
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
        <translation>El entrenamiento repite un **paso**: la propagación hacia adelante calcula las salidas de un minilote (aquí, 4 puntos), la
pérdida mide cuánto se equivocan, la **retropropagación** aplica la regla de la cadena desde la pérdida hasta
cada peso, ∂L/∂w, y cada peso se mueve **w ← w − η·∂L/∂w**.

Selecciona la capa **hidden** y abre el panel **Cálculos**. **Siguiente** recorre un paso para una de
sus neuronas con los números reales: la propagación hacia adelante (z = w·x + b, y luego la sigmoide), la pérdida, la
retropropagación (δ = ∂L/∂z y cada ∂L/∂w = δ·x) y la actualización w ← w − η·∂L/∂w; tras la actualización,
entrena ese paso. Da un paso así (o pulsa **Paso**, F6).
</translation>
    </message>
    <message>
        <source>Step trains exactly one mini-batch and pauses.</source>
        <extracomment>A hint of lesson &quot;backpropagation&quot;, step 1</extracomment>
        <translation>Paso entrena exactamente un minilote y hace una pausa.</translation>
    </message>
    <message>
        <source>Type a weight into the Maths panel to check a calculation done on paper; Ctrl+Z takes it back.</source>
        <extracomment>A hint of lesson &quot;backpropagation&quot;, step 1</extracomment>
        <translation>Escribe un peso en el panel Cálculos para comprobar un cálculo hecho en papel; Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>The chain rule</source>
        <extracomment>Title of lesson &quot;backpropagation&quot;, step 2</extracomment>
        <translation>La regla de la cadena</translation>
    </message>
    <message>
        <source>If it gets stuck near 50%, Reset Weights and train again: a few neurons can start badly.</source>
        <extracomment>A hint of lesson &quot;backpropagation&quot;, step 2</extracomment>
        <translation>Si se atasca cerca del 50 %, reinicia los pesos y vuelve a entrenar: algunas neuronas pueden empezar mal.</translation>
    </message>
    <message>
        <source>The boundary between the two colours is a **straight line**: where the two neurons&apos; sums are equal,
w·x + b = w′·x + b′, which is the equation of a line. A network with **no hidden layer** is exactly
*logistic regression*, however long it trains.

Raise the **learning rate** to 0.1, press **Reset Weights** and train again: the line settles faster,
but it stays a line.
</source>
        <extracomment>Markdown text of lesson &quot;single-neuron&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>La frontera entre los dos colores es una **línea recta**: es donde las sumas de las dos neuronas son iguales,
w·x + b = w′·x + b′, que es la ecuación de una recta. Una red **sin capa oculta** es exactamente una
*regresión logística*, por mucho que entrene.

Sube la **tasa de aprendizaje** a 0,1, pulsa **Reiniciar pesos** y vuelve a entrenar: la línea se asienta antes,
pero sigue siendo una línea.
</translation>
    </message>
    <message>
        <source>In the **XOR** data the top-left and bottom-right points are one class, the other two corners the
other. Train this network without a hidden layer and look at the boundary: all it can draw is one
straight line, and no line puts opposite corners on the same side, so about half of the points stay
wrong whatever it does. The map stays pale because the network is unsure almost everywhere.
</source>
        <extracomment>Markdown text of lesson &quot;xor&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>En los datos **XOR**, los puntos de arriba a la izquierda y de abajo a la derecha son una clase, y las otras dos
esquinas la otra. Entrena esta red sin capa oculta y mira la frontera: solo puede trazar una recta, y ninguna recta
deja dos esquinas opuestas del mismo lado, así que cerca de la mitad de los puntos siguen mal, haga lo que haga.
El mapa se ve pálido porque la red duda en casi todas partes.
</translation>
    </message>
    <message>
        <source>Insert a **Dense** layer with 8 neurons and a **Tanh** activation between the input and the output
layer: delete the wire from input to output, drag the two layers from the palette and wire
input → Dense → Tanh → output. Each hidden neuron draws its own line (see the small maps under its
card); the output layer combines them into a region that bends.
</source>
        <extracomment>Markdown text of lesson &quot;xor&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>Inserta una capa **Dense** con 8 neuronas y una activación **Tanh** entre la entrada y la capa de salida:
borra la conexión de input a output, arrastra las dos capas desde la paleta y conecta
entrada → Dense → Tanh → salida. Cada neurona oculta traza su propia recta (mira los pequeños mapas bajo su
tarjeta); la capa de salida las combina en una región que se curva.
</translation>
    </message>
    <message>
        <source>Gradient descent moves each weight a step **w ← w − η·∂L/∂w** against its gradient; η is the
**learning rate**. This network fits y = sin(x) with plain SGD at η = 0.0001. Train it: the loss
falls only slowly and is still far from zero after 30 epochs.
</source>
        <extracomment>Markdown text of lesson &quot;learning-rate&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>El descenso de gradiente mueve cada peso un paso **w ← w − η·∂L/∂w** en contra de su gradiente; η es la
**tasa de aprendizaje**. Esta red ajusta y = sin(x) con SGD simple y η = 0,0001. Entrénala: la pérdida
baja solo despacio y sigue lejos de cero tras 30 épocas.
</translation>
    </message>
    <message>
        <source>Now set it to **2** or more, press **Reset Weights** and train. Each step overshoots the minimum by
more than it corrected, the weights grow without bound and the loss becomes infinite: training
**diverges**, and the run stops and says so.
</source>
        <extracomment>Markdown text of lesson &quot;learning-rate&quot;, step 3; keep the ** and * marks</extracomment>
        <translation>Ahora ponla en **2** o más, pulsa **Reiniciar pesos** y entrena. Cada paso se pasa del mínimo más de lo que
corrigió, los pesos crecen sin límite y la pérdida se vuelve infinita: el entrenamiento **diverge**, y la
ejecución se detiene y lo indica.
</translation>
    </message>
    <message>
        <source>The **dropout** layer is disabled. Switch it on (right-click it and untick **Disable Layer**): during
training it sets a random 30% of the hidden outputs to zero at every step, so no neuron can rely on
another. Press **Reset Weights**, train again and compare the two runs.
</source>
        <extracomment>Markdown text of lesson &quot;overfitting&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>La capa **dropout** está desactivada. Actívala (clic derecho sobre ella y desmarca **Desactivar capa**): durante
el entrenamiento pone a cero un 30 % de las salidas ocultas, elegidas al azar en cada paso, así ninguna neurona
puede depender de otra. Pulsa **Reiniciar pesos**, entrena de nuevo y compara las dos ejecuciones.
</translation>
    </message>
    <message>
        <source>**Weight decay** pulls every weight a little towards zero at each step, which keeps the boundary
smooth. Switch the dropout layer off again, set weight decay to 0.001 in the optimizer settings, press
**Reset Weights** and train once more. Compare the three runs in the Runs panel: the regularised ones
end with a higher training loss but a lower validation loss. They learned the spirals, not the noise.
</source>
        <extracomment>Markdown text of lesson &quot;overfitting&quot;, step 3; keep the ** and * marks</extracomment>
        <translation>El **decaimiento de pesos** acerca cada peso un poco a cero en cada paso, lo que mantiene suave la
frontera. Vuelve a desactivar la capa dropout, pon el decaimiento de pesos en 0,001 en los ajustes del
optimizador, pulsa **Reiniciar pesos** y entrena una vez más. Compara las tres ejecuciones en el panel
Ejecuciones: las regularizadas terminan con una pérdida de entrenamiento mayor pero una pérdida de validación
menor. Aprendieron las espirales, no el ruido.
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
        <translation>El gradiente de la capa de salida es (probabilidad predicha − etiqueta verdadera) por su entrada; la capa oculta
recibe ese error de vuelta a través de los pesos de salida, multiplicado por la pendiente de la sigmoide,
σ(z)(1 − σ(z)), como mucho 0,25. Ese factor es la razón de que los gradientes se encojan al volver a través de
muchas capas sigmoides.

Da unos pasos más y observa cómo cambian los pesos. Luego pon **Épocas** en 60 en el panel Entrenamiento
y pulsa **Entrenar** (F5; tras dar pasos el botón dice **Reanudar**) para terminar: cuatro neuronas sigmoides
bastan para XOR.
</translation>
    </message>
</context>
<context>
    <name>LessonReport</name>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplido</translation>
    </message>
</context>
<context>
    <name>RecoveryFolder</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot lock %1.</source>
        <translation>No se puede bloquear %1.</translation>
    </message>
</context>
<context>
    <name>UserPrompts</name>
    <message>
        <source>Neuroweave projects (*.nwproj)</source>
        <translation>Proyectos de Neuroweave (*.nwproj)</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>¿Quieres guardar los cambios en «%1»?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Si no los guardas, los cambios se perderán.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t Save</source>
        <translation>&amp;No guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Guardar proyecto como</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Exportar diagrama</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>Dibujo SVG (*.svg);;Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Rename Layer</source>
        <translation>Renombrar capa</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Closing stops it. What is done so far is kept.</source>
        <translation>Al cerrar, se detiene el entrenamiento. Lo hecho hasta ahora se conserva.</translation>
    </message>
    <message>
        <source>&amp;Stop and Close</source>
        <translation>&amp;Detener y cerrar</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Seguir entrenando</translation>
    </message>
    <message>
        <source>Their records, curves and notes are removed from the project; this cannot be undone.</source>
        <translation>Sus registros, curvas y notas se eliminan del proyecto; esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Recover Project</source>
        <translation>Recuperar proyecto</translation>
    </message>
    <message>
        <source>Neuroweave did not close properly. A recovery copy of “%1” with unsaved changes was kept.</source>
        <translation>Neuroweave no se cerró correctamente. Se conservó una copia de recuperación de «%1» con cambios sin guardar.</translation>
    </message>
    <message>
        <source>It was saved on %1 at %2. Restore it?</source>
        <translation>Se guardó el %1 a las %2. ¿Quieres restaurarla?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Import Model</source>
        <translation>Importar modelo</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>Modelos ONNX (*.onnx)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, train and export neural networks visually.</source>
        <translation>Diseña, entrena y exporta redes neuronales de forma visual.</translation>
    </message>
    <message>
        <source>A project (.nwproj) to open.</source>
        <translation>Un proyecto (.nwproj) que abrir.</translation>
    </message>
    <message>
        <source>Save a PNG picture of the window to &lt;png&gt; and quit.</source>
        <translation>Guarda una imagen PNG de la ventana en &lt;png&gt; y sale.</translation>
    </message>
    <message>
        <source>Select the layer named &lt;name&gt;.</source>
        <translation>Selecciona la capa llamada &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Start training the opened project.</source>
        <translation>Empieza a entrenar el proyecto abierto.</translation>
    </message>
    <message>
        <source>With --train: train for &lt;n&gt; epochs.</source>
        <translation>Con --train: entrena durante &lt;n&gt; épocas.</translation>
    </message>
    <message>
        <source>Bring the panel &lt;name&gt; (dock.activations, …) to the front.</source>
        <translation>Pone en primer plano el panel &lt;name&gt; (dock.activations, …).</translation>
    </message>
    <message>
        <source>Start the lesson &lt;lesson&gt;: a built-in one&apos;s id (xor, …) or a .nwlesson file.</source>
        <translation>Inicia la lección &lt;lesson&gt;: el id de una lección incluida (xor, …) o un archivo .nwlesson.</translation>
    </message>
    <message>
        <source>Start in presenter mode.</source>
        <translation>Inicia en modo presentación.</translation>
    </message>
    <message>
        <source>There is no layer named %1.</source>
        <translation>No hay ninguna capa llamada %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Speak &lt;code&gt; for this run: en, de, fr, es or zh_CN.</source>
        <translation>Habla &lt;code&gt; en esta ejecución: en, de, fr, es o zh_CN.</translation>
    </message>
    <message>
        <source>Unknown language %1: use en, de, fr, es or zh_CN.</source>
        <translation>Idioma desconocido %1: usa en, de, fr, es o zh_CN.</translation>
    </message>
</context>
<context>
    <name>nw::gui</name>
    <message>
        <source>%1 params</source>
        <translation>%1 parámetros</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (inactiva)</translation>
    </message>
    <message>
        <source>shape unknown</source>
        <translation>forma desconocida</translation>
    </message>
    <message>
        <source>Attributes (default):</source>
        <translation>Atributos (por defecto):</translation>
    </message>
    <message>
        <source>Range: %1 to %2%3</source>
        <translation>Rango: de %1 a %2%3</translation>
    </message>
</context>
<context>
    <name>nw::gui::ActivationView</name>
    <message>
        <source>Root mean square of each layer&apos;s weight gradients and of the change of its weights per step, on a log scale: bars shrinking towards the input mean vanishing gradients, bars growing mean exploding ones</source>
        <translation>Media cuadrática de los gradientes de los pesos de cada capa y del cambio de sus pesos en cada paso, en escala logarítmica: barras que se encogen hacia la entrada indican gradientes que se desvanecen; barras que crecen, gradientes que explotan</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>gradiente</translation>
    </message>
    <message>
        <source>update</source>
        <translation>actualización</translation>
    </message>
    <message>
        <source>Gradients appear once training runs.</source>
        <translation>Los gradientes aparecen cuando el entrenamiento está en marcha.</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activaciones</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradientes</translation>
    </message>
    <message>
        <source>sample </source>
        <translation>muestra </translation>
    </message>
    <message>
        <source>Train the network, then select a layer to see what it computes.</source>
        <translation>Entrena la red y después selecciona una capa para ver lo que calcula.</translation>
    </message>
    <message>
        <source>Select a layer on the canvas to see its activations, weights and gradients.</source>
        <translation>Selecciona una capa en el lienzo para ver sus activaciones, pesos y gradientes.</translation>
    </message>
    <message>
        <source>%1 has no output to show.</source>
        <translation>%1 no tiene ninguna salida que mostrar.</translation>
    </message>
    <message>
        <source>%1 has no weights.</source>
        <translation>%1 no tiene pesos.</translation>
    </message>
    <message>
        <source>output for sample %1</source>
        <translation>salida para la muestra %1</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>pesos</translation>
    </message>
    <message>
        <source>weight gradients</source>
        <translation>gradientes de los pesos</translation>
    </message>
    <message>
        <source>%1: %2, %3 · step %4</source>
        <translation>%1: %2, %3 · paso %4</translation>
    </message>
</context>
<context>
    <name>nw::gui::AssignmentDialog</name>
    <message>
        <source>Data set</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Decaimiento de pesos</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Save as Assignment</source>
        <translation>Guardar como tarea</translation>
    </message>
    <message>
        <source>Assignment: %1</source>
        <translation>Tarea: %1</translation>
    </message>
    <message>
        <source>What the students should do (Markdown)</source>
        <translation>Qué deben hacer los estudiantes (Markdown)</translation>
    </message>
    <message>
        <source>Validation accuracy at least</source>
        <translation>Precisión de validación mínima</translation>
    </message>
    <message>
        <source>At most this many parameters</source>
        <translation>Número máximo de parámetros</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>The steps and goals of the lesson being played are kept.</source>
        <translation>Se conservan los pasos y objetivos de la lección en curso.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Locked for the students</source>
        <translation>Bloqueado para los estudiantes</translation>
    </message>
    <message>
        <source>Layer kinds they may use</source>
        <translation>Tipos de capa permitidos</translation>
    </message>
    <message>
        <source>Only Those in the Network</source>
        <translation>Solo las de la red</translation>
    </message>
    <message>
        <source>The assignment needs a title.</source>
        <translation>La tarea necesita un título.</translation>
    </message>
    <message>
        <source>Tick at least one goal: it is what the hand-ins are graded on.</source>
        <translation>Marca al menos un objetivo: es lo que se evalúa en las entregas.</translation>
    </message>
    <message>
        <source>Save Assignment</source>
        <translation>Guardar tarea</translation>
    </message>
    <message>
        <source>Neuroweave lessons (*.nwlesson)</source>
        <translation>Lecciones de Neuroweave (*.nwlesson)</translation>
    </message>
</context>
<context>
    <name>nw::gui::AttributeField</name>
    <message>
        <source>e.g. 1×28×28</source>
        <translation>p. ej., 1×28×28</translation>
    </message>
    <message>
        <source>Write the dimensions as whole numbers separated by ×, e.g. 1×28×28.</source>
        <translation>Escribe las dimensiones como números enteros separados por ×, p. ej., 1×28×28.</translation>
    </message>
    <message>
        <source>grey 28×28 images (Fashion-MNIST, MNIST)</source>
        <translation>imágenes en gris de 28×28 (Fashion-MNIST, MNIST)</translation>
    </message>
    <message>
        <source>colour 32×32 images</source>
        <translation>imágenes en color de 32×32</translation>
    </message>
    <message>
        <source>a 28×28 image as one row of values</source>
        <translation>una imagen de 28×28 como una sola fila de valores</translation>
    </message>
    <message>
        <source>points in a plane (the Playground&apos;s data sets)</source>
        <translation>puntos en un plano (los conjuntos de datos del Playground)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Common shapes</source>
        <translation>Formas habituales</translation>
    </message>
</context>
<context>
    <name>nw::gui::Autosaver</name>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation>No se pudo escribir la copia de recuperación: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>The recovery copy of “%1” cannot be read.</source>
        <translation>No se puede leer la copia de recuperación de «%1».</translation>
    </message>
</context>
<context>
    <name>nw::gui::ConfusionMatrixWidget</name>
    <message>
        <source>Rows: true class; columns: predicted class. Click a cell to see its samples.</source>
        <translation>Filas: clase real; columnas: clase predicha. Haz clic en una celda para ver sus muestras.</translation>
    </message>
    <message>
        <source>The confusion matrix appears after the first epoch of a classification run.</source>
        <translation>La matriz de confusión aparece tras la primera época de una ejecución de clasificación.</translation>
    </message>
    <message>
        <source>predicted →</source>
        <translation>predicha →</translation>
    </message>
    <message>
        <source>acc.</source>
        <translation>prec.</translation>
    </message>
</context>
<context>
    <name>nw::gui::DatasetPanel</name>
    <message>
        <source>Spirals</source>
        <translation>Espirales</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation>Nubes gaussianas</translation>
    </message>
    <message>
        <source>Sine (regression)</source>
        <translation>Seno (regresión)</translation>
    </message>
    <message>
        <source>Polynomial (regression)</source>
        <translation>Polinomio (regresión)</translation>
    </message>
    <message>
        <source>The data cannot be read: %1</source>
        <translation>No se pueden leer los datos: %1</translation>
    </message>
    <message>
        <source>%1 samples of %2</source>
        <translation>%1 muestras de %2</translation>
    </message>
    <message>
        <source>Samples per class: %1</source>
        <translation>Muestras por clase: %1</translation>
    </message>
    <message>
        <source>Regression, target values per sample: %1</source>
        <translation>Regresión, valores objetivo por muestra: %1</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>IDX folder</source>
        <translation>Carpeta IDX</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>Carpeta de imágenes</translation>
    </message>
    <message>
        <source>How many points are generated</source>
        <translation>Cuántos puntos se generan</translation>
    </message>
    <message>
        <source>Noise, as a fraction of the data&apos;s scale</source>
        <translation>Ruido, como fracción de la escala de los datos</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>Archivo o carpeta</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>The fraction of samples held out to measure validation loss and accuracy</source>
        <translation>Fracción de muestras reservada para medir la pérdida y la precisión de validación</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Unit range [0, 1]</source>
        <translation>Intervalo [0, 1]</translation>
    </message>
    <message>
        <source>Standardize</source>
        <translation>Estandarizar</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Elige un archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>Archivos CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Choose a data folder</source>
        <translation>Elige una carpeta de datos</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Leyendo los datos…</translation>
    </message>
</context>
<context>
    <name>nw::gui::DecisionBoundaryView</name>
    <message>
        <source>The decision boundary is drawn for data sets with two features, such as the spirals.</source>
        <translation>La frontera de decisión se dibuja para conjuntos de datos con dos características, como las espirales.</translation>
    </message>
    <message>
        <source>Train a network on a data set with two features to see its decision boundary here.</source>
        <translation>Entrena una red con un conjunto de datos de dos características para ver aquí su frontera de decisión.</translation>
    </message>
    <message>
        <source>● training   ○ validation   step %1</source>
        <translation>● entrenamiento   ○ validación   paso %1</translation>
    </message>
</context>
<context>
    <name>nw::gui::DistributionView</name>
    <message>
        <source>epoch %1</source>
        <translation>época %1</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradientes</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activaciones</translation>
    </message>
    <message>
        <source>Which values of the selected layer: its weights and biases, their gradients, or its outputs for a fixed set of validation samples</source>
        <translation>Qué valores de la capa seleccionada: sus pesos y sesgos, sus gradientes o sus salidas para un conjunto fijo de muestras de validación</translation>
    </message>
    <message>
        <source>One column per epoch: the darker a cell, the more of that epoch&apos;s values lie in its interval</source>
        <translation>Una columna por época: cuanto más oscura es una celda, más valores de esa época caen en su intervalo</translation>
    </message>
    <message>
        <source>Select a layer on the canvas to see how its values are distributed, epoch after epoch.</source>
        <translation>Selecciona una capa en el lienzo para ver cómo se distribuyen sus valores, época tras época.</translation>
    </message>
    <message>
        <source>%1 has no weights: choose Activations to see its outputs.</source>
        <translation>%1 no tiene pesos: elige Activaciones para ver sus salidas.</translation>
    </message>
    <message>
        <source>Train the network: each epoch adds a column showing how the values of %1 are distributed.</source>
        <translation>Entrena la red: cada época añade una columna que muestra cómo se distribuyen los valores de %1.</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>pesos</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>gradientes</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>salidas</translation>
    </message>
    <message>
        <source>%1: %2, epochs %3–%4</source>
        <translation>%1: %2, épocas %3–%4</translation>
    </message>
    <message>
        <source>%1: %2, epochs %3–%4 (%5 of them sampled)</source>
        <translation>%1: %2, épocas %3–%4 (%5 de ellas muestreadas)</translation>
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
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Move the selected layers to the clipboard</source>
        <translation>Mueve las capas seleccionadas al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected layers and their wires</source>
        <translation>Copia las capas seleccionadas y sus conexiones</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Add the layers on the clipboard</source>
        <translation>Añade las capas del portapapeles</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Copy the selected layers next to themselves</source>
        <translation>Copia las capas seleccionadas junto a ellas mismas</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected layers and wires</source>
        <translation>Elimina las capas y conexiones seleccionadas</translation>
    </message>
    <message>
        <source>Delete and &amp;Join Wires</source>
        <translation>Eliminar y un&amp;ir conexiones</translation>
    </message>
    <message>
        <source>Delete the selected layer and wire what fed it to what it fed</source>
        <translation>Elimina la capa seleccionada y conecta lo que la alimentaba con lo que ella alimentaba</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <source>Select every layer and wire</source>
        <translation>Selecciona todas las capas y conexiones</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Re&amp;nombrar…</translation>
    </message>
    <message>
        <source>Give the selected layer a new name</source>
        <translation>Da un nombre nuevo a la capa seleccionada</translation>
    </message>
    <message>
        <source>Disa&amp;ble Layer</source>
        <translation>Desacti&amp;var capa</translation>
    </message>
    <message>
        <source>Switch the selected layers off: they pass their input through unchanged</source>
        <translation>Desactiva las capas seleccionadas: dejan pasar su entrada sin cambios</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Enlarge the canvas</source>
        <translation>Amplía el lienzo</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ale&amp;jar</translation>
    </message>
    <message>
        <source>Shrink the canvas</source>
        <translation>Reduce el lienzo</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Show the canvas at 100 %</source>
        <translation>Muestra el lienzo al 100 %</translation>
    </message>
    <message>
        <source>&amp;Fit Network</source>
        <translation>&amp;Red completa</translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation>Muestra la red entera</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Zoom a la &amp;selección</translation>
    </message>
    <message>
        <source>Show the selected layers</source>
        <translation>Muestra las capas seleccionadas</translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation>Ajustar a la &amp;cuadrícula</translation>
    </message>
    <message>
        <source>Align moved layers on the canvas grid</source>
        <translation>Alinea las capas movidas con la cuadrícula del lienzo</translation>
    </message>
    <message>
        <source>A&amp;rrange Layers</source>
        <translation>&amp;Ordenar capas</translation>
    </message>
    <message>
        <source>Lay the network out from left to right</source>
        <translation>Distribuye la red de izquierda a derecha</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corregir: %1</translation>
    </message>
    <message>
        <source>Delete Wire</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <source>Add Layer</source>
        <translation>Añadir capa</translation>
    </message>
</context>
<context>
    <name>nw::gui::EvaluationView</name>
    <message>
        <source>true: %1</source>
        <translation>real: %1</translation>
    </message>
    <message>
        <source>%1 validation samples, %2% right · step %3</source>
        <translation>%1 muestras de validación, %2 % correctas · paso %3</translation>
    </message>
    <message>
        <source>#%1: predicted %2, is %3</source>
        <translation>#%1: predicción %2, real %3</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>Sample %1: predicted %2 (%3%), true class %4</source>
        <translation>Muestra %1: predicción %2 (%3 %), clase real %4</translation>
    </message>
</context>
<context>
    <name>nw::gui::ExportDialog</name>
    <message>
        <source>The verification was cancelled: the export is not verified.</source>
        <translation>Se canceló la verificación: la exportación no está verificada.</translation>
    </message>
    <message>
        <source>Not verified: %1 is not available (%2).</source>
        <translation>Sin verificar: %1 no está disponible (%2).</translation>
    </message>
    <message>
        <source>The verification failed: %1 did not run it (%2).</source>
        <translation>La verificación falló: %1 no pudo ejecutarlo (%2).</translation>
    </message>
    <message>
        <source>The verification failed: %1 differs from the engine on %2 by up to %3, more than the %4 allowed.</source>
        <translation>La verificación falló: %1 difiere del motor en %2 hasta en %3, más que el máximo permitido (%4).</translation>
    </message>
    <message>
        <source>Verified with %1 on %2: largest difference %3.</source>
        <translation>Verificado con %1 en %2: diferencia máxima %3.</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>Escribiendo la exportación…</translation>
    </message>
    <message>
        <source>Running the engine on the verification samples…</source>
        <translation>Ejecutando el motor con las muestras de verificación…</translation>
    </message>
    <message>
        <source>Verifying with OpenCV DNN…</source>
        <translation>Verificando con OpenCV DNN…</translation>
    </message>
    <message>
        <source>Verifying with PyTorch (check.py); this can take a minute…</source>
        <translation>Verificando con PyTorch (check.py); puede tardar un minuto…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes).</source>
        <translation>Se escribió %1 (%2 bytes).</translation>
    </message>
    <message>
        <source>The project is not trained: its initial weights were exported.</source>
        <translation>El proyecto no está entrenado: se exportaron sus pesos iniciales.</translation>
    </message>
    <message>
        <source>Wrote %1 files (%2 bytes) to %3: model.py, train.py and check.py.</source>
        <translation>Se escribieron %1 archivos (%2 bytes) en %3: model.py, train.py y check.py.</translation>
    </message>
    <message>
        <source>Export Model</source>
        <translation>Exportar modelo</translation>
    </message>
    <message>
        <source>ONNX model (.onnx)</source>
        <translation>Modelo ONNX (.onnx)</translation>
    </message>
    <message>
        <source>PyTorch code, weights and training script (folder)</source>
        <translation>Código PyTorch, pesos y script de entrenamiento (carpeta)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export ONNX Model</source>
        <translation>Exportar modelo ONNX</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>Modelos ONNX (*.onnx)</translation>
    </message>
    <message>
        <source>Folder for the PyTorch Export</source>
        <translation>Carpeta para la exportación a PyTorch</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Elige dónde guardar la exportación.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>An export is under way.</source>
        <translation>Hay una exportación en curso.</translation>
    </message>
    <message>
        <source>Model expects scaled inputs</source>
        <translation>El modelo espera entradas escaladas</translation>
    </message>
    <message>
        <source>Leave the data scaling out of the model: its inputs must then be scaled as in training, as its metadata describes. Unticked, the model takes raw data.</source>
        <translation>Deja el escalado de datos fuera del modelo: sus entradas deberán escalarse como en el entrenamiento, como describen sus metadatos. Sin marcar, el modelo toma los datos sin procesar.</translation>
    </message>
    <message>
        <source>%1 ran the int8 model on %2: accuracy %3% against %4% in float.</source>
        <translation>%1 ejecutó el modelo int8 con %2: precisión del %3 % frente al %4 % en coma flotante.</translation>
    </message>
    <message>
        <source>That loses more than the %1 points allowed.</source>
        <translation>Eso pierde más de los %1 puntos permitidos.</translation>
    </message>
    <message>
        <source>%1 ran the int8 model on %2: its outputs differ from the float ones by %3 on average (%4% of their spread).</source>
        <translation>%1 ejecutó el modelo int8 con %2: sus salidas difieren de las de coma flotante en %3 de media (el %4 % de su dispersión).</translation>
    </message>
    <message>
        <source>That is more than the %1% allowed.</source>
        <translation>Eso es más del %1 % permitido.</translation>
    </message>
    <message>
        <source>int8 model (smaller, for edge devices)</source>
        <translation>Modelo int8 (más pequeño, para dispositivos edge)</translation>
    </message>
    <message>
        <source>Dense and convolution layers compute in 8-bit integers. The value ranges come from the project&apos;s training data; the export then compares the accuracy of the int8 and float models on its test data.</source>
        <translation>Las capas densas y de convolución calculan con enteros de 8 bits. Los rangos de valores salen de los datos de entrenamiento del proyecto; después, la exportación compara la precisión de los modelos int8 y en coma flotante con sus datos de prueba.</translation>
    </message>
    <message>
        <source>1 layer computes in int8; the file is %1% of the float model&apos;s.</source>
        <translation>1 capa calcula en int8; el archivo ocupa el %1 % del modelo en coma flotante.</translation>
    </message>
    <message numerus="yes">
        <source>%n layers compute in int8; the file is %1% of the float model&apos;s.</source>
        <translation>
            <numerusform>%n capa calcula en int8; el archivo ocupa el %1 % del modelo en coma flotante.</numerusform>
            <numerusform>%n capas calculan en int8; el archivo ocupa el %1 % del modelo en coma flotante.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nw::gui::GraphDocument</name>
    <message>
        <source>This assignment does not use %1 layers: it allows %2.</source>
        <translation>Esta tarea no usa capas %1: permite %2.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Layers</source>
        <translation>
            <numerusform>Eliminar %n capa</numerusform>
            <numerusform>Eliminar %n capas</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 and Join Its Wires</source>
        <translation>Eliminar %1 y unir sus conexiones</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Conectar %1 con %2</translation>
    </message>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation>Desconectar %1 de %2</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>Reconectar %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Layers</source>
        <translation>
            <numerusform>Mover %n capa</numerusform>
            <numerusform>Mover %n capas</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Cambiar %1 de %2</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renombrar %1 como %2</translation>
    </message>
    <message numerus="yes">
        <source>%n Layers</source>
        <translation>
            <numerusform>%n capa</numerusform>
            <numerusform>%n capas</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>Activar %1</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>Desactivar %1</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>Insertar %1</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Arrange Layers</source>
        <translation>Ordenar capas</translation>
    </message>
</context>
<context>
    <name>nw::gui::GraphScene</name>
    <message>
        <source>Added %1 without a wire: %2</source>
        <translation>Se añadió %1 sin conexión: %2</translation>
    </message>
    <message>
        <source>Delete Selection</source>
        <translation>Eliminar selección</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <source>The clipboard holds no layers to paste.</source>
        <translation>El portapapeles no contiene capas que pegar.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Layers</source>
        <translation>
            <numerusform>Mover %n capa</numerusform>
            <numerusform>Mover %n capas</numerusform>
        </translation>
    </message>
    <message>
        <source>An output connects to an input, on the left side of a layer.</source>
        <translation>Una salida se conecta a una entrada, en el lado izquierdo de una capa.</translation>
    </message>
    <message>
        <source>An input connects to an output, on the right side of a layer.</source>
        <translation>Una entrada se conecta a una salida, en el lado derecho de una capa.</translation>
    </message>
    <message>
        <source>Connected through a new %1 so the shapes fit (Ctrl+Z takes it back)</source>
        <translation>Conectado mediante una nueva %1 para que las formas encajen (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>No se puede conectar: %1</translation>
    </message>
</context>
<context>
    <name>nw::gui::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Select a layer on the canvas to see its shape and edit its attributes.</source>
        <translation>Selecciona una capa en el lienzo para ver su forma y editar sus atributos.</translation>
    </message>
    <message>
        <source>The layer&apos;s name, unique in the network</source>
        <translation>El nombre de la capa, único en la red</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Fórmula:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Salida:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parámetros:</translation>
    </message>
    <message>
        <source>FLOPs:</source>
        <translation>FLOPs:</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>This layer has no attributes to set.</source>
        <translation>Esta capa no tiene atributos que ajustar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%2&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún desconocido</translation>
    </message>
    <message>
        <source>%1 per sample</source>
        <translation>%1 por muestra</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Corrección: %2</translation>
    </message>
</context>
<context>
    <name>nw::gui::LayerSearchPopup</name>
    <message>
        <source>Add a layer…</source>
        <translation>Añadir una capa…</translation>
    </message>
</context>
<context>
    <name>nw::gui::LessonsDock</name>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Each lesson opens a ready network and walks through one idea in a few steps; its goals tick green as you reach them.</source>
        <translation>Cada lección abre una red ya preparada y recorre una idea en unos pocos pasos; sus objetivos se marcan en verde a medida que los alcanzas.</translation>
    </message>
    <message>
        <source>Start Lesson</source>
        <translation>Empezar lección</translation>
    </message>
    <message>
        <source>Open Lesson File…</source>
        <translation>Abrir archivo de lección…</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Informe…</translation>
    </message>
    <message>
        <source>A one-page report with your name, the network, the curves and the goals met, as HTML or PDF</source>
        <translation>Un informe de una página con tu nombre, la red, las curvas y los objetivos cumplidos, en HTML o PDF</translation>
    </message>
    <message>
        <source>All Lessons</source>
        <translation>Todas las lecciones</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <source>Neuroweave lessons (*.nwlesson)</source>
        <translation>Lecciones de Neuroweave (*.nwlesson)</translation>
    </message>
    <message>
        <source>%1
%2 · about %3 minutes</source>
        <translation>%1
%2 · unos %3 minutos</translation>
    </message>
    <message>
        <source>There is no lesson “%1”.</source>
        <translation>No existe la lección «%1».</translation>
    </message>
    <message>
        <source>The lesson %1 cannot be opened: %2</source>
        <translation>No se puede abrir la lección %1: %2</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Pista: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Every goal is met: you have finished this lesson.</source>
        <translation>Has cumplido todos los objetivos: has terminado esta lección.</translation>
    </message>
    <message>
        <source>Every goal of this step is met: press Next when you are ready.</source>
        <translation>Has cumplido todos los objetivos de este paso: pulsa Siguiente cuando quieras.</translation>
    </message>
</context>
<context>
    <name>nw::gui::MainWindow</name>
    <message>
        <source>Restored %1 from its recovery copy</source>
        <translation>%1 restaurado desde su copia de recuperación</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Start a new project, empty or from a template</source>
        <translation>Empieza un proyecto nuevo, vacío o a partir de una plantilla</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Abre un archivo de proyecto</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Guarda el proyecto</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Guarda el proyecto con otro nombre</translation>
    </message>
    <message>
        <source>Save as Assi&amp;gnment…</source>
        <translation>Guardar como &amp;tarea…</translation>
    </message>
    <message>
        <source>Save the network (or the lesson being played) as an assignment with locked controls and goals</source>
        <translation>Guarda la red (o la lección en curso) como una tarea con controles bloqueados y objetivos</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>&amp;Exportar diagrama…</translation>
    </message>
    <message>
        <source>Save a picture of the network as SVG or PNG</source>
        <translation>Guarda una imagen de la red en SVG o PNG</translation>
    </message>
    <message>
        <source>Export the network diagram as SVG or PNG</source>
        <translation>Exporta el diagrama de la red en SVG o PNG</translation>
    </message>
    <message>
        <source>Export &amp;Model…</source>
        <translation>Exportar &amp;modelo…</translation>
    </message>
    <message>
        <source>Write the trained network as ONNX or PyTorch code, verified against the engine</source>
        <translation>Escribe la red entrenada como ONNX o código PyTorch, verificada con el motor</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Neuroweave</source>
        <translation>Sale de Neuroweave</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Deshace el último cambio</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo the edit that was undone last</source>
        <translation>Rehace el último cambio deshecho</translation>
    </message>
    <message>
        <source>&amp;Find Layer</source>
        <translation>&amp;Buscar capa</translation>
    </message>
    <message>
        <source>Search the layer palette</source>
        <translation>Busca en la paleta de capas</translation>
    </message>
    <message>
        <source>&amp;Help on Layer</source>
        <translation>&amp;Ayuda sobre la capa</translation>
    </message>
    <message>
        <source>Explain the selected layer, or how to use the designer</source>
        <translation>Explica la capa seleccionada o cómo usar el diseñador</translation>
    </message>
    <message>
        <source>&amp;About Neuroweave</source>
        <translation>Acerca &amp;de Neuroweave</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Modo presentación</translation>
    </message>
    <message>
        <source>Large text and cards, high contrast and only the panels a demonstration needs, for a projector</source>
        <translation>Texto y tarjetas grandes, alto contraste y solo los paneles que necesita una demostración, para un proyector</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>Lessons that walk through one idea at a time, with goals that check themselves</source>
        <translation>Lecciones que recorren una idea cada vez, con objetivos que se comprueban solos</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Training is under way.</source>
        <translation>Hay un entrenamiento en curso.</translation>
    </message>
    <message>
        <source>About Neuroweave</source>
        <translation>Acerca de Neuroweave</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Neuroweave %1&lt;/h3&gt;&lt;p&gt;A visual designer for neural networks: drag layers onto a canvas, wire them into a network and watch it train live on your own computer.&lt;/p&gt;&lt;p&gt;Trained models export to ONNX and PyTorch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Neuroweave %1&lt;/h3&gt;&lt;p&gt;Un diseñador visual de redes neuronales: arrastra capas a un lienzo, conéctalas para formar una red y obsérvala entrenar en directo en tu propio ordenador.&lt;/p&gt;&lt;p&gt;Los modelos entrenados se exportan a ONNX y PyTorch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Drag layers here to build a network</source>
        <translation>Arrastra capas aquí para construir una red</translation>
    </message>
    <message>
        <source>or open a project with %1</source>
        <translation>o abre un proyecto con %1</translation>
    </message>
    <message>
        <source>There is no network to export yet.</source>
        <translation>Todavía no hay ninguna red que exportar.</translation>
    </message>
    <message>
        <source>Could not export the diagram to “%1”.</source>
        <translation>No se pudo exportar el diagrama a «%1».</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado: %1</translation>
    </message>
    <message>
        <source>Could not rename “%1”.</source>
        <translation>No se pudo renombrar «%1».</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>Muestra u oculta el panel %1</translation>
    </message>
    <message>
        <source>&amp;Summary Bar</source>
        <translation>&amp;Barra de resumen</translation>
    </message>
    <message>
        <source>Show or hide the network summary in the status bar</source>
        <translation>Muestra u oculta el resumen de la red en la barra de estado</translation>
    </message>
    <message>
        <source>Could not add %1.</source>
        <translation>No se pudo añadir %1.</translation>
    </message>
    <message>
        <source>Could not apply the fix.</source>
        <translation>No se pudo aplicar la corrección.</translation>
    </message>
    <message>
        <source>Decision Boundary</source>
        <translation>Frontera de decisión</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activaciones</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Histogramas</translation>
    </message>
    <message>
        <source>Maths</source>
        <translation>Cálculos</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>T&amp;rain</source>
        <translation>E&amp;ntrenar</translation>
    </message>
    <message>
        <source>S&amp;weep…</source>
        <translation>&amp;Barrido…</translation>
    </message>
    <message>
        <source>Train one run per combination of one or two settings&apos; values and compare them</source>
        <translation>Entrena una ejecución por cada combinación de valores de uno o dos ajustes y las compara</translation>
    </message>
    <message>
        <source>No lesson is open.</source>
        <translation>No hay ninguna lección abierta.</translation>
    </message>
    <message>
        <source>%1 layers, %2 parameters; %3 epochs trained</source>
        <translation>%1 capas, %2 parámetros; %3 épocas entrenadas</translation>
    </message>
    <message>
        <source>Lesson Report</source>
        <translation>Informe de la lección</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Tu nombre:</translation>
    </message>
    <message>
        <source>Save Lesson Report</source>
        <translation>Guardar informe de la lección</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF (*.pdf)</source>
        <translation>Página web (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>No se pudo escribir el informe.</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The designer speaks %1 from its next start.</source>
        <translation>El diseñador hablará %1 desde su próximo inicio.</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Import Model…</source>
        <translation>&amp;Importar modelo…</translation>
    </message>
    <message>
        <source>Read an ONNX model, from PyTorch or elsewhere, into a new project with its trained weights</source>
        <translation>Lee un modelo ONNX, de PyTorch u otro origen, en un proyecto nuevo con sus pesos entrenados</translation>
    </message>
</context>
<context>
    <name>nw::gui::MathsView</name>
    <message>
        <source>softmax cross-entropy</source>
        <translation>entropía cruzada softmax</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>entropía cruzada binaria</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>error cuadrático medio</translation>
    </message>
    <message>
        <source>neuron </source>
        <translation>neurona </translation>
    </message>
    <message>
        <source>sample </source>
        <translation>muestra </translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>The phase before</source>
        <translation>La fase anterior</translation>
    </message>
    <message>
        <source>1 Forward pass</source>
        <translation>1 Propagación hacia adelante</translation>
    </message>
    <message>
        <source>2 Loss</source>
        <translation>2 Pérdida</translation>
    </message>
    <message>
        <source>3 Backward pass</source>
        <translation>3 Retropropagación</translation>
    </message>
    <message>
        <source>4 Update</source>
        <translation>4 Actualización</translation>
    </message>
    <message>
        <source>Train This Step ▶</source>
        <translation>Entrenar este paso ▶</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Select a Dense layer on the canvas: the maths of one of its neurons appear here.</source>
        <translation>Selecciona una capa Dense en el lienzo: aquí aparecen las matemáticas de una de sus neuronas.</translation>
    </message>
    <message>
        <source>Train a step (F6) or open a trained project: the numbers come from a real step.</source>
        <translation>Entrena un paso (F6) o abre un proyecto entrenado: los números salen de un paso real.</translation>
    </message>
    <message>
        <source>Neuron %1 of &lt;b&gt;%2&lt;/b&gt;, sample %3:</source>
        <translation>Neurona %1 de &lt;b&gt;%2&lt;/b&gt;, muestra %3:</translation>
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
        <translation>L = &lt;b&gt;%1&lt;/b&gt; (%2 de esta muestra)</translation>
    </message>
    <message>
        <source>δ = ∂L/∂z = &lt;b&gt;%1&lt;/b&gt;; ∂L/∂b = δ; ∂L/∂w&lt;sub&gt;i&lt;/sub&gt; = δ·x&lt;sub&gt;i&lt;/sub&gt;</source>
        <translation>δ = ∂L/∂z = &lt;b&gt;%1&lt;/b&gt;; ∂L/∂b = δ; ∂L/∂w&lt;sub&gt;i&lt;/sub&gt; = δ·x&lt;sub&gt;i&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>η = %1: w&lt;sub&gt;i&lt;/sub&gt; ← w&lt;sub&gt;i&lt;/sub&gt; − η·∂L/∂w&lt;sub&gt;i&lt;/sub&gt;; b ← %2 − %1·(%3) = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>η = %1: w&lt;sub&gt;i&lt;/sub&gt; ← w&lt;sub&gt;i&lt;/sub&gt; − η·∂L/∂w&lt;sub&gt;i&lt;/sub&gt;; b ← %2 − %1·(%3) = &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;The project trains with %1, which scales each step by its running averages; this is the plain gradient-descent rule.&lt;/i&gt;</source>
        <translation>&lt;i&gt;El proyecto entrena con %1, que escala cada paso según sus medias móviles; esta es la regla simple del descenso de gradiente.&lt;/i&gt;</translation>
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
        <translation>Escribe un peso para comprobar un ejercicio resuelto; Ctrl+Z lo deshace</translation>
    </message>
</context>
<context>
    <name>nw::gui::MetricChart</name>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <source>training (step)</source>
        <translation>entrenamiento (paso)</translation>
    </message>
    <message>
        <source>training (epoch)</source>
        <translation>entrenamiento (época)</translation>
    </message>
    <message>
        <source>validation (epoch)</source>
        <translation>validación (época)</translation>
    </message>
    <message>
        <source>learning rate (step)</source>
        <translation>tasa de aprendizaje (paso)</translation>
    </message>
    <message>
        <source>learning rate (epoch)</source>
        <translation>tasa de aprendizaje (época)</translation>
    </message>
</context>
<context>
    <name>nw::gui::MetricsDock</name>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Escala logarítmica</translation>
    </message>
    <message>
        <source>Smoothing of the per-step curves (an exponential moving average)</source>
        <translation>Suavizado de las curvas por paso (una media móvil exponencial)</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Show every step again after zooming (or double-click a chart)</source>
        <translation>Vuelve a mostrar todos los pasos tras hacer zoom (o haz doble clic en un gráfico)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save both charts as PNG or SVG pictures, or their data as CSV</source>
        <translation>Guarda ambos gráficos como imágenes PNG o SVG, o sus datos como CSV</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>Suavizado</translation>
    </message>
    <message>
        <source>training, per step</source>
        <translation>entrenamiento, por paso</translation>
    </message>
    <message>
        <source>training, per epoch</source>
        <translation>entrenamiento, por época</translation>
    </message>
    <message>
        <source>validation, per epoch</source>
        <translation>validación, por época</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>precisión</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>Exportar gráficos</translation>
    </message>
    <message>
        <source>PNG pictures (*.png);;SVG pictures (*.svg);;CSV data (*.csv)</source>
        <translation>Imágenes PNG (*.png);;Imágenes SVG (*.svg);;Datos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>nw::gui::NeuronMapOverlay</name>
    <message>
        <source>What each neuron of this layer computes over the plane (%1 neurons)</source>
        <translation>Lo que calcula cada neurona de esta capa sobre el plano (%1 neuronas)</translation>
    </message>
</context>
<context>
    <name>nw::gui::NodeItem</name>
    <message>
        <source>Disabled: passes its input through unchanged.</source>
        <translation>Desactivada: deja pasar su entrada sin cambios.</translation>
    </message>
    <message>
        <source>Click to fix: %1</source>
        <translation>Haz clic para corregir: %1</translation>
    </message>
</context>
<context>
    <name>nw::gui::PaletteDock</name>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Search layers</source>
        <translation>Buscar capas</translation>
    </message>
    <message>
        <source>Filter the layers by name, description or category; Enter adds the first match</source>
        <translation>Filtra las capas por nombre, descripción o categoría; Intro añade la primera coincidencia</translation>
    </message>
    <message>
        <source>No layer matches this search.</source>
        <translation>Ninguna capa coincide con la búsqueda.</translation>
    </message>
</context>
<context>
    <name>nw::gui::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corrección: %1</translation>
    </message>
    <message>
        <source>%1 layer; click to select it</source>
        <translation>Capa %1; haz clic para seleccionarla</translation>
    </message>
    <message>
        <source>The network as a whole</source>
        <translation>La red en su conjunto</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>The data set and how it is scaled</source>
        <translation>El conjunto de datos y cómo se escala</translation>
    </message>
    <message>
        <source>Make the change the message suggests (Edit → Undo takes a layer&apos;s change back)</source>
        <translation>Aplica el cambio que sugiere el mensaje (Editar → Deshacer revierte el cambio de una capa)</translation>
    </message>
    <message>
        <source>Nothing to check yet: drag an Input layer from the palette to begin.</source>
        <translation>Aún no hay nada que comprobar: arrastra una capa Input desde la paleta para empezar.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Sin problemas</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
</context>
<context>
    <name>nw::gui::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Set Weight</source>
        <translation>Cambiar peso</translation>
    </message>
</context>
<context>
    <name>nw::gui::ProjectFileController</name>
    <message>
        <source>New project</source>
        <translation>Proyecto nuevo</translation>
    </message>
    <message>
        <source>Could not open the template “%1”.</source>
        <translation>No se pudo abrir la plantilla «%1».</translation>
    </message>
    <message>
        <source>New project from %1</source>
        <translation>Proyecto nuevo a partir de %1</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>No se pudo abrir «%1».</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierto: %1</translation>
    </message>
    <message>
        <source>The folder of “%1” cannot be written: choose where to save it.</source>
        <translation>No se puede escribir en la carpeta de «%1»: elige dónde guardarlo.</translation>
    </message>
    <message>
        <source>Could not save “%1”.</source>
        <translation>No se pudo guardar «%1».</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>Could not import “%1”.</source>
        <translation>No se pudo importar «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n layers with their trained weights.</source>
        <translation>
            <numerusform>%1 importado: %n capa con sus pesos entrenados.</numerusform>
            <numerusform>%1 importado: %n capas con sus pesos entrenados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nw::gui::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>Borrar archivos recientes</translation>
    </message>
</context>
<context>
    <name>nw::gui::RunsDock</name>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Select runs to draw their curves over the charts; settings that differ from the current run are highlighted.</source>
        <translation>Selecciona ejecuciones para dibujar sus curvas sobre los gráficos; se resaltan los ajustes que difieren de la ejecución actual.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Put the selected run&apos;s network and settings back into the project</source>
        <translation>Devuelve al proyecto la red y los ajustes de la ejecución seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export Runs</source>
        <translation>Exportar ejecuciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actual)</translation>
    </message>
    <message>
        <source>Differs from run %1: %2</source>
        <translation>Difiere de la ejecución %1: %2</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>ejecución %1</translation>
    </message>
    <message>
        <source>Restore the Network of Run %1</source>
        <translation>Restaurar la red de la ejecución %1</translation>
    </message>
    <message>
        <source>Delete run %1?</source>
        <translation>¿Eliminar la ejecución %1?</translation>
    </message>
    <message>
        <source>Delete these %1 runs?</source>
        <translation>¿Eliminar estas %1 ejecuciones?</translation>
    </message>
</context>
<context>
    <name>nw::gui::ScheduleBox</name>
    <message>
        <source>Schedule and stopping</source>
        <translation>Programación y parada</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>Decaimiento escalonado</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>Exponencial</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Coseno</translation>
    </message>
    <message>
        <source>One-cycle</source>
        <translation>One-cycle</translation>
    </message>
    <message>
        <source>Reduce on plateau</source>
        <translation>Reducir en meseta</translation>
    </message>
    <message>
        <source>How the learning rate changes over the epochs; the Learning rate chart shows the rate each step used</source>
        <translation>Cómo cambia la tasa de aprendizaje a lo largo de las épocas; el gráfico Tasa de aprendizaje muestra la tasa usada en cada paso</translation>
    </message>
    <message>
        <source>The rate rises from zero to its value over these first epochs</source>
        <translation>La tasa sube desde cero hasta su valor durante estas primeras épocas</translation>
    </message>
    <message>
        <source>The rate is multiplied by this at each step down</source>
        <translation>La tasa se multiplica por este valor en cada bajada</translation>
    </message>
    <message>
        <source>The rate is multiplied by this after every epoch</source>
        <translation>La tasa se multiplica por este valor después de cada época</translation>
    </message>
    <message>
        <source>The lowest rate, as a fraction of the learning rate</source>
        <translation>La tasa mínima, como fracción de la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Epochs without a lower validation loss before the rate is lowered</source>
        <translation>Épocas sin que baje la pérdida de validación antes de reducir la tasa</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Pérdida de validación</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Precisión de validación</translation>
    </message>
    <message>
        <source>Stop when this validation figure has not improved for a number of epochs</source>
        <translation>Detiene el entrenamiento cuando esta métrica de validación no ha mejorado durante varias épocas</translation>
    </message>
    <message>
        <source>Keep the best epoch&apos;s weights</source>
        <translation>Conservar los pesos de la mejor época</translation>
    </message>
    <message>
        <source>Scales the gradients down so that their joint length is at most this</source>
        <translation>Reduce los gradientes para que su longitud conjunta sea como máximo este valor</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Warm-up epochs</source>
        <translation>Épocas de calentamiento</translation>
    </message>
    <message>
        <source>Step every (epochs)</source>
        <translation>Bajar cada (épocas)</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Factor per epoch</source>
        <translation>Factor por época</translation>
    </message>
    <message>
        <source>Lowest factor</source>
        <translation>Factor mínimo</translation>
    </message>
    <message>
        <source>Patience (epochs)</source>
        <translation>Paciencia (épocas)</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Parada temprana</translation>
    </message>
    <message>
        <source>Stop after (epochs)</source>
        <translation>Parar tras (épocas)</translation>
    </message>
    <message>
        <source>Clip gradients</source>
        <translation>Recortar gradientes</translation>
    </message>
</context>
<context>
    <name>nw::gui::SummaryBar</name>
    <message>
        <source>Layers in the network</source>
        <translation>Capas de la red</translation>
    </message>
    <message>
        <source>Trainable parameters (weights and biases)</source>
        <translation>Parámetros entrenables (pesos y sesgos)</translation>
    </message>
    <message>
        <source>Floating-point operations of one forward pass for one sample (a multiply-add counts 2)</source>
        <translation>Operaciones en coma flotante de una propagación hacia adelante para una muestra (una multiplicación-suma cuenta 2)</translation>
    </message>
    <message>
        <source>Problems to fix before training; see the Problems list</source>
        <translation>Problemas que corregir antes de entrenar; consulta la lista de Problemas</translation>
    </message>
    <message>
        <source>1 layer</source>
        <translation>1 capa</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 capas</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 parámetros</translation>
    </message>
    <message>
        <source>%1 FLOPs/sample</source>
        <translation>%1 FLOPs/muestra</translation>
    </message>
    <message>
        <source>≈ %1 to train</source>
        <translation>≈ %1 para entrenar</translation>
    </message>
    <message>
        <source>Estimated memory for one training step at batch size %1: parameters, their gradients and Adam&apos;s two moments, plus every layer&apos;s activations and their gradients for the batch, in 32-bit floats</source>
        <translation>Memoria estimada para un paso de entrenamiento con tamaño de lote %1: los parámetros, sus gradientes y los dos momentos de Adam, más las activaciones de cada capa y sus gradientes para el lote, en números de coma flotante de 32 bits</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Sin problemas</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problema</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problemas</translation>
    </message>
</context>
<context>
    <name>nw::gui::SweepDialog</name>
    <message>
        <source>Sweep</source>
        <translation>Barrido</translation>
    </message>
    <message>
        <source>And</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>0.001,0.01,0.1  or  1e-4..1e-1:log4  or  0..0.5:6</source>
        <translation>0.001,0.01,0.1  o  1e-4..1e-1:log4  o  0..0.5:6</translation>
    </message>
    <message>
        <source>Values separated by commas, or a range lo..hi:N with N values evenly spaced (lo..hi:logN: evenly on a log scale), both ends included</source>
        <translation>Valores separados por comas, o un rango lo..hi:N con N valores espaciados uniformemente (lo..hi:logN: uniformes en escala logarítmica), ambos extremos incluidos</translation>
    </message>
    <message>
        <source> epochs per run</source>
        <translation> épocas por ejecución</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Start Sweep</source>
        <translation>Iniciar barrido</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Double-click a run to show it in the Runs panel</source>
        <translation>Haz doble clic en una ejecución para mostrarla en el panel Ejecuciones</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>entrenando…</translation>
    </message>
    <message>
        <source>Run %1 of %2: %3</source>
        <translation>Ejecución %1 de %2: %3</translation>
    </message>
    <message>
        <source>Choose two different settings.</source>
        <translation>Elige dos ajustes diferentes.</translation>
    </message>
    <message>
        <source>1 run of %1 epochs</source>
        <translation>1 ejecución de %1 épocas</translation>
    </message>
    <message numerus="yes">
        <source>%n runs of %1 epochs each, one after another</source>
        <translation>
            <numerusform>%n ejecución de %1 épocas</numerusform>
            <numerusform>%n ejecuciones de %1 épocas cada una, una tras otra</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Best validation accuracy of each run (darker is better)</source>
        <translation>Mejor precisión de validación de cada ejecución (más oscuro es mejor)</translation>
    </message>
    <message>
        <source>Final validation loss of each run (darker is better)</source>
        <translation>Pérdida de validación final de cada ejecución (más oscuro es mejor)</translation>
    </message>
    <message>
        <source>Final training loss of each run (darker is better)</source>
        <translation>Pérdida de entrenamiento final de cada ejecución (más oscuro es mejor)</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergió</translation>
    </message>
    <message>
        <source>Run %1: %2 · %3 epochs · %4 s</source>
        <translation>Ejecución %1: %2 · %3 épocas · %4 s</translation>
    </message>
</context>
<context>
    <name>nw::gui::SweepRunner</name>
    <message>
        <source>A network is training: stop it before a sweep.</source>
        <translation>Hay una red entrenando: detenla antes de un barrido.</translation>
    </message>
    <message numerus="yes">
        <source>Sweep stopped after %n of %1 runs.</source>
        <translation>
            <numerusform>Barrido detenido tras %n de %1 ejecuciones.</numerusform>
            <numerusform>Barrido detenido tras %n de %1 ejecuciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweep finished: its one run is in the Runs panel.</source>
        <translation>Barrido terminado: su única ejecución está en el panel Ejecuciones.</translation>
    </message>
    <message numerus="yes">
        <source>Sweep finished: %n runs, one per combination; the Runs panel compares them.</source>
        <translation>
            <numerusform>Barrido terminado: %n ejecución, una por combinación; el panel Ejecuciones las compara.</numerusform>
            <numerusform>Barrido terminado: %n ejecuciones, una por combinación; el panel Ejecuciones las compara.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sweep could not start run %1.</source>
        <translation>El barrido no pudo iniciar la ejecución %1.</translation>
    </message>
    <message>
        <source>The sweep ended at run %1 of %2: %3</source>
        <translation>El barrido terminó en la ejecución %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>nw::gui::TemplateGallery</name>
    <message>
        <source>New Project</source>
        <translation>Proyecto nuevo</translation>
    </message>
    <message>
        <source>Start from an empty canvas or from a network that already works:</source>
        <translation>Empieza con un lienzo vacío o con una red que ya funciona:</translation>
    </message>
    <message>
        <source>Empty project</source>
        <translation>Proyecto vacío</translation>
    </message>
    <message>
        <source>A blank canvas: drag layers from the palette and wire them.</source>
        <translation>Un lienzo en blanco: arrastra capas desde la paleta y conéctalas.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>No layers yet</source>
        <translation>Aún no hay capas</translation>
    </message>
</context>
<context>
    <name>nw::gui::TrainingController</name>
    <message>
        <source>Stop training before resetting the weights.</source>
        <translation>Detén el entrenamiento antes de reiniciar los pesos.</translation>
    </message>
    <message>
        <source>Weights reset: the next run starts from fresh weights drawn from the seed.</source>
        <translation>Pesos reiniciados: la próxima ejecución empieza con pesos nuevos generados a partir de la semilla.</translation>
    </message>
    <message>
        <source> The network changed since it was trained, so this is a new run from fresh weights; the earlier one stays in the Runs panel.</source>
        <translation> La red cambió desde que se entrenó, así que esta es una ejecución nueva con pesos nuevos; la anterior sigue en el panel Ejecuciones.</translation>
    </message>
    <message>
        <source>Preparing the data…</source>
        <translation>Preparando los datos…</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entrenando…</translation>
    </message>
    <message>
        <source>Training could not start: %1</source>
        <translation>No se pudo iniciar el entrenamiento: %1</translation>
    </message>
    <message>
        <source>Training diverged: the loss is no longer a finite number, so the run stopped. The weights of the last finite step are kept. Try a lower learning rate than %1.</source>
        <translation>El entrenamiento divergió: la pérdida ya no es un número finito, así que la ejecución se detuvo. Se conservan los pesos del último paso finito. Prueba con una tasa de aprendizaje menor que %1.</translation>
    </message>
    <message>
        <source>, validation accuracy %1%</source>
        <translation>, precisión de validación %1 %</translation>
    </message>
    <message>
        <source>Training finished after epoch %1%2.</source>
        <translation>Entrenamiento terminado tras la época %1%2.</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>pérdida de validación</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>precisión de validación</translation>
    </message>
    <message>
        <source>Stopped early after epoch %1: the %2 did not improve for %3 epochs, so the weights of its best epoch, %4, were restored.</source>
        <translation>Parada temprana tras la época %1: la %2 no mejoró durante %3 épocas, así que se restauraron los pesos de su mejor época, la %4.</translation>
    </message>
    <message>
        <source>Stopped early after epoch %1: the %2 did not improve for %3 epochs; its best epoch was %4.</source>
        <translation>Parada temprana tras la época %1: la %2 no mejoró durante %3 épocas; su mejor época fue la %4.</translation>
    </message>
    <message>
        <source>Training stopped after step %1; the weights trained so far are kept.</source>
        <translation>Entrenamiento detenido tras el paso %1; se conservan los pesos entrenados hasta ahora.</translation>
    </message>
    <message>
        <source>Training stopped because the network was edited: the weights of this run belong to the network as it was, so they were not kept. Press Train to train the new network.</source>
        <translation>El entrenamiento se detuvo porque se editó la red: los pesos de esta ejecución corresponden a la red tal como era, así que no se conservaron. Pulsa Entrenar para entrenar la nueva red.</translation>
    </message>
</context>
<context>
    <name>nw::gui::TrainingDock</name>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Slow the training down to watch it learn step by step; the numbers stay the same. Can be changed while training runs.</source>
        <translation>Ralentiza el entrenamiento para verlo aprender paso a paso; los números no cambian. Se puede cambiar durante el entrenamiento.</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>Lo más rápido posible</translation>
    </message>
    <message>
        <source>1 step per second</source>
        <translation>1 paso por segundo</translation>
    </message>
    <message>
        <source>%1 steps per second</source>
        <translation>%1 pasos por segundo</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Softmax cross-entropy</source>
        <translation>Entropía cruzada softmax</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Error cuadrático medio</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>Entropía cruzada binaria</translation>
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
        <translation>Se puede cambiar durante el entrenamiento; se aplica en el paso siguiente</translation>
    </message>
    <message>
        <source>Draws the initial weights and the order of the samples: the same seed gives the same numbers</source>
        <translation>Genera los pesos iniciales y el orden de las muestras: la misma semilla da los mismos números</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>Todos los núcleos</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Decaimiento de pesos</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Hilos</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Entrenar</translation>
    </message>
    <message>
        <source>Train the network, or resume a paused run</source>
        <translation>Entrena la red o reanuda una ejecución en pausa</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause the run after the current batch</source>
        <translation>Pausa la ejecución tras el lote actual</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>Pa&amp;so</translation>
    </message>
    <message>
        <source>Train exactly one mini-batch, then pause</source>
        <translation>Entrena exactamente un minilote y luego hace una pausa</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop the run and keep the weights trained so far</source>
        <translation>Detiene la ejecución y conserva los pesos entrenados hasta ahora</translation>
    </message>
    <message>
        <source>&amp;Reset Weights</source>
        <translation>&amp;Reiniciar pesos</translation>
    </message>
    <message>
        <source>Forget the trained weights and the history; the next run starts afresh</source>
        <translation>Olvida los pesos entrenados y el historial; la próxima ejecución empieza de cero</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>R&amp;eanudar</translation>
    </message>
    <message>
        <source>Locked by the assignment</source>
        <translation>Bloqueado por la tarea</translation>
    </message>
    <message>
        <source>Epoch %1/%2</source>
        <translation>Época %1/%2</translation>
    </message>
    <message>
        <source>batch %1/%2</source>
        <translation>lote %1/%2</translation>
    </message>
    <message>
        <source>%1 samples/s</source>
        <translation>%1 muestras/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
</context>
</TS>
